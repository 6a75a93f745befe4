// GEXF export for Gephi (graphology-gexf's writer), and its reader for round trips.
import graphology from 'graphology';
import gexf from 'graphology-gexf';
import type { KnowledgeGraph } from '../graph/model.js';
import { flatten, NULLABLE, restoreGraph, type ReadBack } from './attributes.js';

/** Gephi shows a node's `label`: the entity's name reads better there than the model label, kept as `modelLabel`. */
function forGephi(graph: KnowledgeGraph): graphology.MultiDirectedGraph {
  const flat = new graphology.MultiDirectedGraph();
  const flatAttrs = (attrs: object) =>
    Object.fromEntries(
      Object.entries(attrs).flatMap(([k, v]) => {
        const f = flatten(k === 'label' ? 'modelLabel' : k, v);
        return f === undefined ? [] : [[k === 'label' ? 'modelLabel' : k, f]];
      }),
    );
  graph.forEachNode((key, attrs) => {
    const a = flatAttrs(attrs);
    flat.addNode(key, { ...a, label: String(a['name'] ?? a['title'] ?? a['modelLabel'] ?? key) });
  });
  // GEXF reserves an edge's `type` for directed/undirected: the relationship type goes as `relationship`.
  graph.forEachEdge((key, { type, ...attrs }, from, to) => flat.addDirectedEdgeWithKey(key, from, to, { ...flatAttrs(attrs), relationship: type }));
  return flat;
}

export function toGexf(graph: KnowledgeGraph): string {
  return gexf.write(forGephi(graph));
}

/** Reads a GEXF written by `toGexf` back into the model's graph. */
export function fromGexf(text: string): KnowledgeGraph {
  const parsed = gexf.parse(graphology.MultiDirectedGraph, text);
  const renamed = new graphology.MultiDirectedGraph();
  parsed.forEachNode((key, attrs) => {
    const { modelLabel, label: _shown, ...rest } = attrs as Record<string, unknown>;
    renamed.addNode(key, { ...rest, label: modelLabel });
  });
  parsed.forEachEdge((key, attrs, from, to) => {
    const { relationship, type: _direction, ...rest } = attrs as Record<string, unknown>;
    renamed.addDirectedEdgeWithKey(key, from, to, { ...rest, type: relationship });
  });
  return restoreGraph(renamed as unknown as ReadBack, NULLABLE);
}
