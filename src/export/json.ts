// JSON export: graphology's own serialisation, which `graph.import()` reads back as it was.
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph/model.js';

export function toJson(graph: KnowledgeGraph): string {
  return JSON.stringify(graph.export(), null, 1);
}

/** Reads the JSON of `toJson` back with graphology's import. */
export function fromJson(text: string): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  graph.import(JSON.parse(text) as Parameters<KnowledgeGraph['import']>[0]);
  return graph;
}
