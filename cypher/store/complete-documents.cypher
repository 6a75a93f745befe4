// The last step of a write: its documents are whole, so a later ingest of the same text skips them.
UNWIND $ids AS id
MATCH (d:Document {id: id})
SET d.complete = true
