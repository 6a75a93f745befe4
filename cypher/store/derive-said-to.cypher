// Recomputes the SAID_TO summary edges from (speaker)-[:SAID]->(:Statement)-[:TO]->(addressee).
CALL {
  MATCH ()-[old:SAID_TO]->() DELETE old
}
WITH 1 AS once
MATCH (a:Entity)-[:SAID]->(s:Statement)-[:TO]->(b:Entity)
WITH a, b, count(DISTINCT s) AS said
MERGE (a)-[r:SAID_TO {id: 'SAID_TO:' + a.id + ':' + b.id}]->(b)
SET r.count = said
