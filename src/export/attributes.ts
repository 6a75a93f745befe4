// Attributes as flat values for formats without lists (GraphML, GEXF, CSV), and back.
import type { KnowledgeGraph, NodeLabel } from '../graph/model.js';
import { createKnowledgeGraph } from '../graph/model.js';
import { normalizeEdge, normalizeNode } from '../graph/normalize.js';

/** Model attributes that hold lists; flat formats carry them as JSON text. */
export const LIST_ATTRIBUTES = new Set(['aliases', 'titles', 'contentSpans']);

export type FlatValue = string | number | boolean;

/** One attribute as a flat value; undefined drops it, null becomes the empty string. */
export function flatten(key: string, value: unknown): FlatValue | undefined {
  if (value === undefined) return undefined;
  if (LIST_ATTRIBUTES.has(key)) return JSON.stringify(value ?? []);
  if (value === null) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** A graph as a parser gives it back: any attributes. */
export interface ReadBack {
  forEachNode(cb: (key: string, attrs: Record<string, unknown>) => void): void;
  forEachEdge(cb: (key: string, attrs: Record<string, unknown>, from: string, to: string) => void): void;
}

/** Undoes `flatten` on a graph read back from a flat format; `nulls` are the keys whose '' meant null. */
export function restoreGraph(read: ReadBack, nulls: ReadonlySet<string>): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  const restore = (attrs: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(attrs)) {
      if (LIST_ATTRIBUTES.has(k)) out[k] = typeof v === 'string' && v !== '' ? JSON.parse(v) : [];
      else if (v === '' && nulls.has(k)) out[k] = null;
      else out[k] = v;
    }
    return out;
  };
  // Put in the model's shape: a format that leaves out empty values (GEXF) drops nulls, read back as null.
  read.forEachNode((key, attrs) => graph.addNode(key, normalizeNode(attrs['label'] as NodeLabel, restore(attrs))));
  read.forEachEdge((key, attrs, from, to) => graph.addDirectedEdgeWithKey(key, from, to, normalizeEdge(String(attrs['type']), restore(attrs))));
  return graph;
}

/** Attributes that may be null in the model, restored from ''. */
export const NULLABLE = new Set(['title', 'date', 'url', 'publisher', 'cue', 'sourceText', 'text', 'fingerprint']);
