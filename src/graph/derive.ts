// Derived edges: SAID_TO summarises, per speaker and addressee, how many statements link them.
import { edgeId } from './build.js';
import type { KnowledgeGraph } from './model.js';

/** Replaces every SAID_TO edge with counts recomputed from SAID and TO. */
export function deriveSaidTo(graph: KnowledgeGraph): void {
  graph.filterEdges((_, a) => a.type === 'SAID_TO').forEach((e) => graph.dropEdge(e));
  const counts = new Map<string, { from: string; to: string; count: number }>();
  graph.forEachNode((stm, attrs) => {
    if (attrs.label !== 'Statement') return;
    const speakers = graph.filterInEdges(stm, (_, a) => a.type === 'SAID').map((e) => graph.source(e));
    const addressees = graph.filterOutEdges(stm, (_, a) => a.type === 'TO').map((e) => graph.target(e));
    for (const from of speakers) {
      for (const to of addressees) {
        const key = `${from}\u0000${to}`;
        const c = counts.get(key) ?? { from, to, count: 0 };
        c.count++;
        counts.set(key, c);
      }
    }
  });
  for (const { from, to, count } of counts.values()) {
    const id = edgeId('SAID_TO', from, to);
    graph.addDirectedEdgeWithKey(id, from, to, { id, type: 'SAID_TO', count });
  }
}
