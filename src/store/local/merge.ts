// Idempotent merge of one graph into another: nodes and edges meet on their ids.
import type { EntityNode, KnowledgeGraph, NodeAttributes } from '../../graph/model.js';

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function mergeNodeAttributes(old: NodeAttributes, incoming: NodeAttributes): NodeAttributes {
  if ('aliases' in old && 'aliases' in incoming) {
    const merged: EntityNode = {
      ...incoming,
      aliases: union(old.aliases, incoming.aliases),
      titles: union(old.titles, incoming.titles),
    };
    return merged;
  }
  return incoming;
}

/** Merges `source` into `target`; merging the same graph twice changes nothing. */
export function mergeGraph(target: KnowledgeGraph, source: KnowledgeGraph): void {
  source.forEachNode((key, attrs) => {
    if (target.hasNode(key)) target.replaceNodeAttributes(key, mergeNodeAttributes(target.getNodeAttributes(key), attrs));
    else target.addNode(key, structuredClone(attrs));
  });
  source.forEachEdge((key, attrs, from, to) => {
    if (target.hasEdge(key)) target.replaceEdgeAttributes(key, { ...attrs });
    else target.addDirectedEdgeWithKey(key, from, to, { ...attrs });
  });
}
