// Who-said-what-to-whom and the other reads, answered by walking the graphology graph.
import {
  answersTo,
  type DocumentRecord,
  type DocumentRef,
  type EntityRecord,
  type EntityRef,
  type RelationFilter,
  type RelationRecord,
  type RoleRecord,
  type StatementFilter,
  type StatementRecord,
} from '../../core/index.js';
import type { EdgeType, EntityNode, KnowledgeGraph, StatementNode } from '../../graph/model.js';
import { roleRecords, sortDocuments, sortEntities, sortRelations, sortStatements } from '../order.js';

function entityNode(graph: KnowledgeGraph, key: string): EntityNode | null {
  const a = graph.getNodeAttributes(key);
  return 'aliases' in a ? a : null;
}

function entityRef(graph: KnowledgeGraph, key: string): EntityRef | null {
  const e = entityNode(graph, key);
  return e ? { id: e.id, name: e.name, type: e.type } : null;
}

function documentRef(graph: KnowledgeGraph, key: string): DocumentRef {
  const a = graph.getNodeAttributes(key);
  if (a.label !== 'Document') throw new Error(`node ${key} is not a Document`);
  return { id: a.id, title: a.title, date: a.date };
}

function outNeighbours(graph: KnowledgeGraph, key: string, type: EdgeType): string[] {
  return graph.filterOutEdges(key, (_, a) => a.type === type).map((e) => graph.target(e));
}

function inNeighbours(graph: KnowledgeGraph, key: string, type: EdgeType): string[] {
  return graph.filterInEdges(key, (_, a) => a.type === type).map((e) => graph.source(e));
}

function named(graph: KnowledgeGraph, keys: string[], query: string | undefined): boolean {
  if (query === undefined) return true;
  return keys.some((k) => {
    const e = entityNode(graph, k);
    return e !== null && answersTo(e, query);
  });
}

function statementRecord(graph: KnowledgeGraph, key: string, s: StatementNode): StatementRecord {
  const speaker = inNeighbours(graph, key, 'SAID')[0];
  const addressee = outNeighbours(graph, key, 'TO')[0];
  const doc = outNeighbours(graph, key, 'IN')[0];
  if (doc === undefined) throw new Error(`statement ${key} belongs to no document`);
  const reporters = graph
    .filterOutEdges(key, (_, a) => a.type === 'REPORTED_BY')
    .sort((x, y) => (graph.getEdgeAttribute(x, 'order') ?? 0) - (graph.getEdgeAttribute(y, 'order') ?? 0))
    .map((e) => entityRef(graph, graph.target(e)))
    .filter((r): r is EntityRef => r !== null)
    .map((r) => ({ id: r.id, name: r.name }));
  return {
    id: s.id,
    speaker: speaker === undefined ? null : entityRef(graph, speaker),
    source: s.sourceText,
    addressee: addressee === undefined ? null : entityRef(graph, addressee),
    cue: s.cue,
    content: s.content,
    kind: s.kind,
    reportedBy: reporters,
    document: documentRef(graph, doc),
    sentence: s.sentence,
    span: { start: s.start, end: s.end },
  };
}

/** Statements matching every given filter. */
export function queryStatements(graph: KnowledgeGraph, filter: StatementFilter = {}): StatementRecord[] {
  const out: StatementRecord[] = [];
  graph.forEachNode((key, a) => {
    if (a.label !== 'Statement') return;
    if (filter.documentId !== undefined && a.documentId !== filter.documentId) return;
    if (!named(graph, inNeighbours(graph, key, 'SAID'), filter.speaker)) return;
    if (!named(graph, outNeighbours(graph, key, 'TO'), filter.addressee)) return;
    if (!named(graph, outNeighbours(graph, key, 'ABOUT'), filter.about)) return;
    out.push(statementRecord(graph, key, a));
  });
  return sortStatements(out);
}

function roles(graph: KnowledgeGraph, key: string, titles: readonly string[]): RoleRecord[] {
  const held = graph.filterOutEdges(key, (_, a) => a.type === 'HOLDS_ROLE').map((e) => ({
    title: graph.getEdgeAttribute(e, 'title') ?? '',
    organization: entityNode(graph, graph.target(e))?.name ?? null,
  }));
  return roleRecords(held, titles);
}

/** Entities, most mentioned first; with `name`, only the one answering to it. */
export function queryEntities(graph: KnowledgeGraph, filter: { name?: string } = {}): EntityRecord[] {
  const out: EntityRecord[] = [];
  graph.forEachNode((key, a) => {
    if (!('aliases' in a)) return;
    if (filter.name !== undefined && !answersTo(a, filter.name)) return;
    const mentions = graph
      .filterOutEdges(key, (_, e) => e.type === 'MENTIONED_IN')
      .reduce((sum, e) => sum + (graph.getEdgeAttribute(e, 'count') ?? 0), 0);
    out.push({
      id: a.id,
      name: a.name,
      type: a.type,
      aliases: [...a.aliases],
      roles: roles(graph, key, a.titles),
      mentions,
    });
  });
  return sortEntities(out);
}

/** Interactions between actors; with `actor` (and `other`), those involving them, either way. */
export function queryRelations(graph: KnowledgeGraph, filter: RelationFilter = {}): RelationRecord[] {
  const out: RelationRecord[] = [];
  graph.forEachEdge((_, a, from, to) => {
    if (a.type !== 'INTERACTED') return;
    if (filter.type !== undefined && a.relation !== filter.type) return;
    const source = entityRef(graph, from);
    const target = entityRef(graph, to);
    if (!source || !target || a.documentId === undefined) return;
    // Either direction: the actor at one end and, when given, the other at the other end.
    const forward = named(graph, [from], filter.actor) && named(graph, [to], filter.other);
    const backward = named(graph, [to], filter.actor) && named(graph, [from], filter.other);
    if (!forward && !backward) return;
    out.push({
      id: a.id,
      type: a.relation ?? '',
      source,
      target,
      date: a.date ?? null,
      document: documentRef(graph, a.documentId),
      sentence: a.sentence ?? '',
      span: { start: a.start ?? 0, end: a.end ?? 0 },
    });
  });
  return sortRelations(out);
}

/** The documents, each with its statements (IN edges) and relations (INTERACTED edges it is cited by). */
export function queryDocuments(graph: KnowledgeGraph, filter: { id?: string } = {}): DocumentRecord[] {
  const relations = new Map<string, number>();
  graph.forEachEdge((_, e) => {
    if (e.type === 'INTERACTED' && e.documentId !== undefined) relations.set(e.documentId, (relations.get(e.documentId) ?? 0) + 1);
  });
  const out: DocumentRecord[] = [];
  graph.forEachNode((key, a) => {
    if (a.label !== 'Document' || (filter.id !== undefined && a.id !== filter.id)) return;
    out.push({
      id: a.id,
      title: a.title,
      date: a.date,
      url: a.url,
      publisher: a.publisher,
      origin: a.origin,
      statements: inNeighbours(graph, key, 'IN').length,
      relations: relations.get(a.id) ?? 0,
    });
  });
  return sortDocuments(out);
}
