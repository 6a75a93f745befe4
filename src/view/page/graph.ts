// The drawn graph: one node per actor, one arrow per SAID_TO link, laid out by ForceAtlas2.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ViewActor, ViewData, ViewLink } from '../model.js';
import { EDGE_COLOR, TYPE_COLORS } from './colors.js';

export interface ActorAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  actor: ViewActor;
}

export interface LinkAttributes {
  size: number;
  color: string;
  /** Straight arrows, or curved ones where both directions exist, so the two stay apart. */
  type: 'arrow' | 'curved';
  curvature: number;
  link: ViewLink;
}

export type ActorGraph = Graph<ActorAttributes, LinkAttributes>;

/** How far a curved arrow bows out, relative to its length. */
export const LINK_CURVATURE = 0.25;

/** Area grows with what was said, so a prolific speaker stands out without swamping the rest. */
function actorSize(actor: ViewActor): number {
  return 6 + 4 * Math.sqrt(actor.said);
}

function linkSize(link: ViewLink): number {
  return 2 + 1.5 * Math.sqrt(link.count);
}

function lay(graph: ActorGraph): void {
  // Start on a circle in data order, so the same data always gives the same picture.
  const n = graph.order;
  let i = 0;
  graph.forEachNode((key) => {
    const angle = (2 * Math.PI * i++) / Math.max(n, 1);
    graph.mergeNodeAttributes(key, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
  if (n < 2) return;
  // Exact forces and no overlaps for the graphs analysts read node by node; Barnes-Hut and fewer
  // rounds beyond that, so a large corpus still opens in seconds.
  const small = n <= 300;
  forceAtlas2.assign(graph, {
    iterations: small ? 400 : n <= 3000 ? 150 : 60,
    settings: { ...forceAtlas2.inferSettings(graph), adjustSizes: small, barnesHutOptimize: !small, gravity: 1.5, scalingRatio: 12 },
  });
}

export function buildActorGraph(data: ViewData): ActorGraph {
  const graph: ActorGraph = new Graph({ type: 'directed', multi: false });
  for (const actor of data.actors) {
    graph.addNode(actor.id, { x: 0, y: 0, size: actorSize(actor), color: TYPE_COLORS[actor.type], label: actor.name, actor });
  }
  const pairs = new Set(data.links.map((l) => `${l.source}\u0000${l.target}`));
  for (const link of data.links) {
    if (!graph.hasNode(link.source) || !graph.hasNode(link.target) || link.source === link.target) continue;
    const twoWay = pairs.has(`${link.target}\u0000${link.source}`);
    graph.addDirectedEdgeWithKey(link.id, link.source, link.target, {
      size: linkSize(link),
      color: EDGE_COLOR,
      type: twoWay ? 'curved' : 'arrow',
      curvature: twoWay ? LINK_CURVATURE : 0,
      link,
    });
  }
  lay(graph);
  return graph;
}
