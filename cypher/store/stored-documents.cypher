// Which of $documents ({id, fingerprint} rows) are already stored in full: a Document marked complete
// by the last step of a write, with the same id or the same fingerprint (the same text bar whitespace).
// One index lookup each way; a Document without a fingerprint is found by its id only.
UNWIND $documents AS given
CALL {
  WITH given
  MATCH (d:Document {id: given.id})
  WHERE d.complete = true
  RETURN d
  UNION
  WITH given
  MATCH (d:Document {fingerprint: given.fingerprint})
  WHERE d.complete = true
  RETURN d
}
RETURN DISTINCT given.id AS id
