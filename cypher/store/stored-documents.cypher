// Documents of $ids whose whole graph is already stored: marked complete by the last step of a write.
UNWIND $ids AS id
MATCH (d:Document {id: id})
WHERE d.complete = true
RETURN d.id AS id
