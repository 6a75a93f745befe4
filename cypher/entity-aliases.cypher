// One entity however the texts name it: its canonical name, aliases, roles and mentions.
// :param name => 'DPRK'      (the name or any alias, any case)
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($name) OR any(a IN e.aliases WHERE toLower(a) = toLower($name))
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(:Document)
WITH e, sum(m.count) AS mentions
OPTIONAL MATCH (e)-[h:HOLDS_ROLE]->(o:Entity)
WITH e, mentions, collect(DISTINCT h.title + ' (' + o.name + ')') AS held
RETURN e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, e.aliases AS aliases,
       held + coalesce(e.titles, []) AS roles, mentions;
