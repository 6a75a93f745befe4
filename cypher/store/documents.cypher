// The Documents of $ids with how many statements and relations were read from each.
UNWIND $ids AS id
MATCH (d:Document {id: id})
OPTIONAL MATCH (s:Statement)-[:IN]->(d)
WITH d, count(s) AS statements
OPTIONAL MATCH ()-[r:INTERACTED {documentId: d.id}]->()
RETURN d {.id, .title, .date, .url, .publisher, .origin} AS document, statements, count(r) AS relations
