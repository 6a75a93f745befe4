// Turns the knowledge graph into the page's data, through the same queries `kg statements` and
// `kg entities` answer with on the embedded store, so the page and the CLI never disagree.
import type { EntityRecord } from '../core/index.js';
import type { KnowledgeGraph } from '../graph/model.js';
import { queryEntities, queryStatements } from '../store/local/queries.js';
import type { ViewActor, ViewData, ViewLink, ViewStatement } from './model.js';

function roleText(e: EntityRecord): string[] {
  return e.roles.map((r) => (r.organization ? `${r.title} (${r.organization})` : r.title));
}

function saidToLinks(graph: KnowledgeGraph): ViewLink[] {
  const links: ViewLink[] = [];
  graph.forEachEdge((key, a, source, target) => {
    if (a.type === 'SAID_TO') links.push({ id: key, source, target, count: a.count ?? 0 });
  });
  return links.sort((x, y) => y.count - x.count || x.id.localeCompare(y.id));
}

function withSentenceSpan(graph: KnowledgeGraph, statementId: string): { start: number; end: number } {
  const node = graph.getNodeAttributes(statementId);
  if (node.label !== 'Statement') throw new Error(`node ${statementId} is not a Statement`);
  return { start: node.sentenceStart, end: node.sentenceEnd };
}

/** The page's data for the whole graph; `title` names it in the page. */
export function viewData(graph: KnowledgeGraph, title: string): ViewData {
  const links = saidToLinks(graph);
  const records = queryStatements(graph);
  const said = new Map<string, number>();
  const heard = new Map<string, number>();
  for (const s of records) {
    if (s.speaker) said.set(s.speaker.id, (said.get(s.speaker.id) ?? 0) + 1);
    if (s.addressee) heard.set(s.addressee.id, (heard.get(s.addressee.id) ?? 0) + 1);
  }
  const linked = new Set(links.flatMap((l) => [l.source, l.target]));
  // Every person is an actor; an organization or place only when it speaks or is spoken to.
  const actors: ViewActor[] = queryEntities(graph)
    .filter((e) => e.type === 'person' || said.has(e.id) || heard.has(e.id) || linked.has(e.id))
    .map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      roles: roleText(e),
      said: said.get(e.id) ?? 0,
      heard: heard.get(e.id) ?? 0,
    }));
  const actorIds = new Set(actors.map((a) => a.id));
  const statements: ViewStatement[] = records
    .filter((s) => (s.speaker && actorIds.has(s.speaker.id)) || (s.addressee && actorIds.has(s.addressee.id)))
    .map((s) => ({ ...s, sentenceSpan: withSentenceSpan(graph, s.id) }));
  let documents = 0;
  graph.forEachNode((_, a) => {
    if (a.label === 'Document') documents++;
  });
  return { title, documents, actors, links, statements };
}
