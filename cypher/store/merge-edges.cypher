// Relationships of one type between nodes of known labels, merged on their stable id.
UNWIND $rows AS row
MATCH (a:{{FROM}} {id: row.from})
MATCH (b:{{TO}} {id: row.to})
MERGE (a)-[r:{{TYPE}} {id: row.id}]->(b)
SET r += row.props
