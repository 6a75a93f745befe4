// Who said what to whom: every statement with its speaker, addressee, cue, reporters and source.
// No parameters. Each row points back to the document and the character offsets of the content.
MATCH (speaker:Entity)-[:SAID]->(s:Statement)-[:IN]->(d:Document)
OPTIONAL MATCH (s)-[:TO]->(addressee:Entity)
OPTIONAL MATCH (s)-[rb:REPORTED_BY]->(reporter:Entity)
WITH speaker, s, d, addressee, reporter, rb
ORDER BY rb.order
WITH speaker, s, d, addressee, collect(reporter.name) AS reportedBy
RETURN speaker.name AS speaker, addressee.name AS addressee, s.cue AS cue, s.kind AS kind,
       s.content AS content, reportedBy, d.title AS document, d.date AS date, s.start AS start, s.end AS end
ORDER BY date, document, start;
