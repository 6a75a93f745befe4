// The conversation between two actors: what each said to the other and how they interacted, by date.
// :param a => 'Xi Jinping'
// :param b => 'Donald Trump'
MATCH (x:Entity), (y:Entity)
WHERE (toLower(x.name) = toLower($a) OR any(n IN x.aliases WHERE toLower(n) = toLower($a)))
  AND (toLower(y.name) = toLower($b) OR any(n IN y.aliases WHERE toLower(n) = toLower($b)))
CALL {
  WITH x, y
  MATCH (p:Entity)-[:SAID]->(s:Statement)-[:TO]->(q:Entity), (s)-[:IN]->(d:Document)
  WHERE (p = x AND q = y) OR (p = y AND q = x)
  RETURN p.name AS from, q.name AS to, 'said' AS what, s.content AS content, d.title AS document,
         d.date AS date, s.start AS start
  UNION
  WITH x, y
  MATCH (p:Entity)-[r:INTERACTED]->(q:Entity), (d:Document {id: r.documentId})
  WHERE (p = x AND q = y) OR (p = y AND q = x)
  RETURN p.name AS from, q.name AS to, r.relation AS what, r.sentence AS content, d.title AS document,
         coalesce(r.date, d.date) AS date, r.start AS start
}
RETURN from, to, what, content, document, date, start
ORDER BY date, document, start;
