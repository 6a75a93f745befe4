// Everything one actor said, to whom, and who reported it, oldest first.
// :param speaker => 'Xi Jinping'      (the name or any alias, any case)
MATCH (speaker:Entity)-[:SAID]->(s:Statement)-[:IN]->(d:Document)
WHERE toLower(speaker.name) = toLower($speaker) OR any(a IN speaker.aliases WHERE toLower(a) = toLower($speaker))
OPTIONAL MATCH (s)-[:TO]->(addressee:Entity)
OPTIONAL MATCH (s)-[rb:REPORTED_BY]->(reporter:Entity)
WITH speaker, s, d, addressee, reporter, rb
ORDER BY rb.order
WITH speaker, s, d, addressee, collect(reporter.name) AS reportedBy
RETURN speaker.name AS speaker, addressee.name AS addressee, s.cue AS cue, s.content AS content,
       reportedBy, d.title AS document, d.date AS date, s.sentence AS sentence, s.start AS start, s.end AS end
ORDER BY date, document, start;
