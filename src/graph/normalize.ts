// Node and edge attributes read back from elsewhere (a database, a file) put in the model's exact shape.
import type { EdgeAttributes, EdgeType, EntityLabel, NodeAttributes, NodeLabel } from './model.js';
import { EDGE_TYPES } from './model.js';

type Props = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : v == null ? null : String(v));
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

const ENTITY_TYPE = { Person: 'person', Organization: 'organization', Place: 'place' } as const;

/** The node as the model has it: every property present, nulls where a store dropped them. */
export function normalizeNode(label: NodeLabel, p: Props): NodeAttributes {
  const id = String(p['id']);
  if (label === 'Document') {
    return {
      label,
      id,
      title: str(p['title']),
      date: str(p['date']),
      url: str(p['url']),
      publisher: str(p['publisher']),
      origin: str(p['origin']) ?? '',
      text: str(p['text']),
      fingerprint: str(p['fingerprint']),
    };
  }
  if (label === 'Statement') {
    return {
      label,
      id,
      documentId: String(p['documentId']),
      content: String(p['content'] ?? ''),
      contentSpans: Array.isArray(p['contentSpans']) ? p['contentSpans'].map(num) : [],
      cue: str(p['cue']),
      kind: p['kind'] === 'direct' ? 'direct' : 'indirect',
      sourceText: str(p['sourceText']),
      start: num(p['start']),
      end: num(p['end']),
      sentence: String(p['sentence'] ?? ''),
      sentenceStart: num(p['sentenceStart']),
      sentenceEnd: num(p['sentenceEnd']),
    };
  }
  const entityLabel: EntityLabel = label;
  return { label: entityLabel, id, name: String(p['name']), type: ENTITY_TYPE[entityLabel], aliases: strings(p['aliases']), titles: strings(p['titles']) };
}

/** The edge as the model has it; numbers made numbers, absent optional properties left out. */
export function normalizeEdge(type: string, p: Props): EdgeAttributes {
  if (!(EDGE_TYPES as readonly string[]).includes(type)) throw new Error(`unknown relationship type ${type}`);
  const edge: EdgeAttributes = { id: String(p['id']), type: type as EdgeType };
  for (const k of ['order', 'count', 'start', 'end'] as const) if (p[k] != null) edge[k] = num(p[k]);
  for (const k of ['title', 'documentId', 'relation', 'sentence', 'cue'] as const) if (p[k] != null) edge[k] = String(p[k]);
  if (type === 'INTERACTED') edge.date = str(p['date']);
  return edge;
}
