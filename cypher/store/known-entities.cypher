// Every stored entity, for resolving new documents to the same nodes.
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases
