// The last step of a write: its documents are whole, so a later ingest of the same text skips them.
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
SET d.complete = true
