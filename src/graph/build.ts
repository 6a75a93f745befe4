// Builds the knowledge graph of a resolved batch: documents, entities, statements and their edges.
import type { Entity, ResolvedBatch, ResolvedDocument, ResolvedStatement } from '../core/index.js';
import { coverSpans, documentFingerprint, sliceSpan } from '../core/index.js';
import {
  createKnowledgeGraph,
  ENTITY_LABELS,
  type EdgeAttributes,
  type EdgeType,
  type KnowledgeGraph,
} from './model.js';

/** Separator between the parts of a split quote in a statement's content. */
export const CONTENT_JOINER = ' ... ';

/** The id of a structural edge: one such edge at most per type and pair of nodes. */
export function edgeId(type: EdgeType, from: string, to: string, ...extra: (string | number)[]): string {
  return [type, from, to, ...extra].join(':');
}

function addEdge(
  graph: KnowledgeGraph,
  from: string,
  to: string,
  attrs: Omit<EdgeAttributes, 'id'> & { id?: string },
): void {
  const id = attrs.id ?? edgeId(attrs.type, from, to);
  if (graph.hasEdge(id)) return;
  graph.addDirectedEdgeWithKey(id, from, to, { ...attrs, id });
}

function addEntity(graph: KnowledgeGraph, e: Entity): void {
  graph.mergeNode(e.id, {
    label: ENTITY_LABELS[e.type],
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: [...e.aliases],
    titles: [],
  });
}

function addStatement(graph: KnowledgeGraph, doc: ResolvedDocument, s: ResolvedStatement): void {
  const text = doc.document.text;
  const cover = coverSpans(s.content) ?? s.sentence;
  graph.mergeNode(s.id, {
    label: 'Statement',
    id: s.id,
    documentId: doc.document.id,
    content: s.content.map((c) => sliceSpan(text, c)).join(CONTENT_JOINER),
    contentSpans: s.content.flatMap((c) => [c.start, c.end]),
    cue: s.cue ? sliceSpan(text, s.cue) : null,
    kind: s.kind,
    sourceText: s.source ? sliceSpan(text, s.source) : null,
    start: cover.start,
    end: cover.end,
    sentence: sliceSpan(text, s.sentence),
    sentenceStart: s.sentence.start,
    sentenceEnd: s.sentence.end,
  });
  addEdge(graph, s.id, doc.document.id, { type: 'IN' });
  if (s.speakerId) addEdge(graph, s.speakerId, s.id, { type: 'SAID' });
  if (s.addresseeId) addEdge(graph, s.id, s.addresseeId, { type: 'TO' });
  s.reporterIds.forEach((r, order) =>
    addEdge(graph, s.id, r, { type: 'REPORTED_BY', order, id: edgeId('REPORTED_BY', s.id, r, order) }),
  );
  for (const a of s.aboutIds) addEdge(graph, s.id, a, { type: 'ABOUT' });
}

function addDocument(graph: KnowledgeGraph, doc: ResolvedDocument): void {
  const d = doc.document;
  graph.mergeNode(d.id, {
    label: 'Document',
    id: d.id,
    title: d.title ?? null,
    date: d.date ?? null,
    url: d.url ?? null,
    publisher: d.publisher ?? null,
    origin: d.origin,
    text: d.text,
    fingerprint: documentFingerprint(d),
  });
  const mentionCounts = new Map<string, number>();
  for (const m of doc.mentions) mentionCounts.set(m.entityId, (mentionCounts.get(m.entityId) ?? 0) + 1);
  for (const [entityId, count] of mentionCounts) {
    if (graph.hasNode(entityId)) addEdge(graph, entityId, d.id, { type: 'MENTIONED_IN', count });
  }
  for (const s of doc.statements) addStatement(graph, doc, s);
  for (const r of doc.relations) {
    addEdge(graph, r.subjectId, r.objectId, {
      type: 'INTERACTED',
      id: r.id,
      relation: r.type,
      date: r.date ?? d.date ?? null,
      documentId: d.id,
      start: r.sentence.start,
      end: r.sentence.end,
      sentence: sliceSpan(d.text, r.sentence),
      cue: sliceSpan(d.text, r.cue),
    });
  }
  for (const role of doc.roles) {
    if (role.organizationId) {
      addEdge(graph, role.personId, role.organizationId, {
        type: 'HOLDS_ROLE',
        id: edgeId('HOLDS_ROLE', role.personId, role.organizationId, role.title, d.id),
        title: role.title,
        documentId: d.id,
      });
    } else if (graph.hasNode(role.personId)) {
      const node = graph.getNodeAttributes(role.personId);
      if ('titles' in node && !node.titles.includes(role.title)) node.titles.push(role.title);
    }
  }
}

/**
 * The graph of one resolved batch, without the derived SAID_TO edges (stores compute those
 * over everything they hold). Every node and edge key is a stable id, so building the same
 * batch twice gives the same graph.
 */
export function buildGraph(batch: ResolvedBatch): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  for (const e of batch.entities) addEntity(graph, e);
  for (const doc of batch.documents) addDocument(graph, doc);
  return graph;
}
