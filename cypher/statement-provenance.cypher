// Checks statements against their document: each statement's stored content beside the document's
// text at the statement's offsets (its first content span), and whether the content starts with it.
// `matches` is null for a document stored before its text was kept on the Document node.
// :param document => ''      (a document's id or title, any case; '' for every document)
MATCH (s:Statement)-[:IN]->(d:Document)
WHERE $document = '' OR d.id = $document OR toLower(d.title) = toLower($document)
WITH s, d, s.contentSpans[0] AS start, s.contentSpans[1] AS end
WITH s, d, start, end, substring(d.text, start, end - start) AS inText
RETURN d.title AS document, d.date AS date, s.id AS statement, s.content AS content, start, end, inText,
       left(s.content, end - start) = inText AS matches
ORDER BY date, document, start, statement;
