// Who acted on whom: the interactions of one kind ('criticized', 'endorsed', 'talked_with', ...;
// '' for every kind), counted per pair, with the first and last dates and one sentence that says so.
// :param relation => 'criticized'
MATCH (p:Entity)-[r:INTERACTED]->(q:Entity)
WHERE $relation = '' OR r.relation = $relation
WITH p, r, q ORDER BY coalesce(r.date, ''), r.start
RETURN p.name AS actor, r.relation AS relation, q.name AS target, count(r) AS times,
       min(r.date) AS first, max(r.date) AS last, collect(r.sentence)[0] AS example
ORDER BY times DESC, actor, relation, target;
