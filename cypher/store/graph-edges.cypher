// Every relationship with its type, properties and end ids, for exports.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, properties(r) AS props, a.id AS from, b.id AS to
