// The id of every Document.
MATCH (d:Document)
RETURN d.id AS id
