// The handle on window for scripts and page tests, read off the drawn graph.
import type { ActorGraph } from './graph.js';
import type { ViewHooks } from './hooks-api.js';
import type { ActorRenderer } from './renderer.js';

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
