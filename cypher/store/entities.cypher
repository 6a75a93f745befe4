// Entities with mention counts and roles; $name (lower case) keeps only the one answering to it.
MATCH (e:Entity)
WHERE $name IS NULL OR toLower(e.name) = $name OR any(a IN e.aliases WHERE toLower(a) = $name)
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(:Document)
WITH e, coalesce(sum(m.count), 0) AS mentions
OPTIONAL MATCH (e)-[h:HOLDS_ROLE]->(o:Entity)
WITH e, mentions, collect(CASE WHEN h IS NULL THEN NULL ELSE {title: h.title, organization: o.name} END) AS held
RETURN e AS entity, mentions, held
