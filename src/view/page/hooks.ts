// A small read-only handle on window for scripts and page tests: counts, and where things are drawn.
import type { ActorGraph } from './graph.js';
import type { ActorRenderer } from './renderer.js';

export interface ViewHooks {
  nodeCount: number;
  edgeCount: number;
  /** The actor answering to `name` exactly (name or alias, any case). */
  actorId(name: string): string | null;
  /** The SAID_TO link between two actors named exactly, if drawn. */
  linkId(source: string, target: string): string | null;
  /** Where a node's centre is, in CSS pixels from the graph's top-left corner. */
  nodePosition(id: string): { x: number; y: number } | null;
  /** A point on the drawn link halfway along, in the same pixels. */
  linkMidpoint(id: string): { x: number; y: number } | null;
}

export function viewHooks(graph: ActorGraph, renderer: ActorRenderer): ViewHooks {
  const actorId = (name: string) => {
    const q = name.toLowerCase();
    return graph.findNode((_, a) => [a.actor.name, ...a.actor.aliases].some((n) => n.toLowerCase() === q)) ?? null;
  };
  const nodePosition = (id: string) => {
    if (!graph.hasNode(id)) return null;
    const { x, y } = renderer.graphToViewport(graph.getNodeAttributes(id));
    return { x, y };
  };
  return {
    nodeCount: graph.order,
    edgeCount: graph.size,
    actorId,
    linkId: (source, target) => {
      const s = actorId(source);
      const t = actorId(target);
      return s && t ? (graph.edge(s, t) ?? null) : null;
    },
    nodePosition,
    linkMidpoint: (id) => {
      if (!graph.hasEdge(id)) return null;
      const [s, t] = graph.extremities(id).map(nodePosition);
      if (!s || !t) return null;
      const curvature = graph.getEdgeAttribute(id, 'curvature');
      // A quadratic curve is at t=0.5 half way to its control point, which the curve program puts
      // `curvature` lengths off the chord's midpoint, to the left of the arrow on screen.
      const dx = t.x - s.x;
      const dy = t.y - s.y;
      return { x: (s.x + t.x) / 2 + (dy * curvature) / 2, y: (s.y + t.y) / 2 - (dx * curvature) / 2 };
    },
  };
}
