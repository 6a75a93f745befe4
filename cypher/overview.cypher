// The picture for Neo4j Browser: who spoke to whom (SAID_TO, with the number of statements),
// and how actors interacted (INTERACTED). No parameters.
MATCH p = (:Entity)-[:SAID_TO|INTERACTED]->(:Entity)
RETURN p;
