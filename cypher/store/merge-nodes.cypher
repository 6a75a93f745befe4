// Documents and statements: merged on id, properties replaced. {{LABEL}} comes from the fixed label list.
UNWIND $rows AS row
MERGE (n:{{LABEL}} {id: row.id})
SET n += row.props
