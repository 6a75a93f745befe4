// GraphML export: typed <key> declarations, one <node>/<edge> per element, lists as JSON text.
import type { KnowledgeGraph } from '../graph/model.js';
import graphology from 'graphology';
import graphml from 'graphology-graphml';
import { flatten, NULLABLE, restoreGraph, type FlatValue, type ReadBack } from './attributes.js';

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // XML 1.0 forbids most control characters, even escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

type KeyType = 'string' | 'double' | 'boolean';

function typeOf(v: FlatValue): KeyType {
  return typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string';
}

function collectKeys(entries: [string, FlatValue][][]): Map<string, KeyType> {
  const keys = new Map<string, KeyType>();
  for (const attrs of entries) {
    for (const [k, v] of attrs) {
      const t = typeOf(v);
      const prev = keys.get(k);
      keys.set(k, prev === undefined || prev === t ? t : 'string');
    }
  }
  return keys;
}

function flatEntries(attrs: object): [string, FlatValue][] {
  return Object.entries(attrs).flatMap(([k, v]) => {
    const f = flatten(k, v);
    return f === undefined ? [] : [[k, f] as [string, FlatValue]];
  });
}

export function toGraphml(graph: KnowledgeGraph): string {
  const nodes = graph.mapNodes((key, attrs) => ({ key, attrs: flatEntries(attrs) }));
  const edges = graph.mapEdges((key, attrs, from, to) => ({ key, from, to, attrs: flatEntries(attrs) }));
  const nodeKeys = collectKeys(nodes.map((n) => n.attrs));
  const edgeKeys = collectKeys(edges.map((e) => e.attrs));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
  ];
  for (const [k, t] of nodeKeys) out.push(`  <key id="n_${escapeXml(k)}" for="node" attr.name="${escapeXml(k)}" attr.type="${t}"/>`);
  for (const [k, t] of edgeKeys) out.push(`  <key id="e_${escapeXml(k)}" for="edge" attr.name="${escapeXml(k)}" attr.type="${t}"/>`);
  out.push('  <graph id="newsgraph" edgedefault="directed">');
  for (const n of nodes) {
    out.push(`    <node id="${escapeXml(n.key)}">`);
    for (const [k, v] of n.attrs) out.push(`      <data key="n_${escapeXml(k)}">${escapeXml(String(v))}</data>`);
    out.push('    </node>');
  }
  for (const e of edges) {
    out.push(`    <edge id="${escapeXml(e.key)}" source="${escapeXml(e.from)}" target="${escapeXml(e.to)}">`);
    for (const [k, v] of e.attrs) out.push(`      <data key="e_${escapeXml(k)}">${escapeXml(String(v))}</data>`);
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/** Reads a GraphML written by `toGraphml` back into the model's graph. */
export function fromGraphml(text: string): KnowledgeGraph {
  const parsed = graphml.parse(graphology.MultiDirectedGraph, text);
  return restoreGraph(parsed as unknown as ReadBack, NULLABLE);
}
