// Statements with speaker, addressee, reporters and document; null parameters filter nothing.
// The document comes as id, title and date only: its text, sent once per row, is not needed here.
// Names are compared lower-case against the name and every alias.
MATCH (s:Statement)-[:IN]->(d:Document)
WHERE ($documentId IS NULL OR d.id = $documentId)
OPTIONAL MATCH (sp:Entity)-[:SAID]->(s)
OPTIONAL MATCH (s)-[:TO]->(ad:Entity)
WITH s, d, sp, ad
WHERE ($speaker IS NULL OR (sp IS NOT NULL AND (toLower(sp.name) = $speaker OR any(a IN sp.aliases WHERE toLower(a) = $speaker))))
  AND ($addressee IS NULL OR (ad IS NOT NULL AND (toLower(ad.name) = $addressee OR any(a IN ad.aliases WHERE toLower(a) = $addressee))))
  AND ($about IS NULL OR EXISTS {
        MATCH (s)-[:ABOUT]->(x:Entity)
        WHERE toLower(x.name) = $about OR any(a IN x.aliases WHERE toLower(a) = $about)
      })
OPTIONAL MATCH (s)-[rb:REPORTED_BY]->(rep:Entity)
WITH s, d, sp, ad, rb, rep
ORDER BY rb.order
WITH s, d, sp, ad, collect(CASE WHEN rep IS NULL THEN NULL ELSE {id: rep.id, name: rep.name} END) AS reporters
RETURN s AS statement, d {.id, .title, .date} AS document, sp AS speaker, ad AS addressee, reporters
