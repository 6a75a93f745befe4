// Interactions between actors; $actor and $other (lower case) match either end, in either direction.
// The document comes as id, title and date only, without its text.
MATCH (a:Entity)-[r:INTERACTED]->(b:Entity)
WHERE ($type IS NULL OR r.relation = $type)
WITH a, r, b,
     ($actor IS NULL OR toLower(a.name) = $actor OR any(x IN a.aliases WHERE toLower(x) = $actor)) AS aIsActor,
     ($actor IS NULL OR toLower(b.name) = $actor OR any(x IN b.aliases WHERE toLower(x) = $actor)) AS bIsActor,
     ($other IS NULL OR toLower(a.name) = $other OR any(x IN a.aliases WHERE toLower(x) = $other)) AS aIsOther,
     ($other IS NULL OR toLower(b.name) = $other OR any(x IN b.aliases WHERE toLower(x) = $other)) AS bIsOther
WHERE (aIsActor AND bIsOther) OR (bIsActor AND aIsOther)
MATCH (d:Document {id: r.documentId})
RETURN a AS source, r AS relation, b AS target, d {.id, .title, .date} AS document
