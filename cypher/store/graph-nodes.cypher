// Every node with its labels and properties, for exports.
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props
