// Entities: merged on id; aliases and titles learned from other documents are kept (set union).
UNWIND $rows AS row
MERGE (n:Entity:{{LABEL}} {id: row.id})
SET n.name = row.name,
    n.type = row.type,
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    n.titles = reduce(acc = coalesce(n.titles, []), t IN row.titles | CASE WHEN t IN acc THEN acc ELSE acc + t END)
