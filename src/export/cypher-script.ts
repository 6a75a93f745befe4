// A Cypher script that rebuilds the graph in an empty Neo4j: the schema, then the store's own MERGEs on literal rows.
import { cypherFile, cypherStatements, fillTemplate } from '../graph/cypher-files.js';
import { EDGE_ENDS, type EdgeType, type KnowledgeGraph, type NodeLabel } from '../graph/model.js';

const BATCH = 500;

/** A Cypher literal for a JSON-like value; strings escaped so any text survives. */
export function cypherLiteral(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') {
    const body = v.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (c) => {
      if (c === '\\') return '\\\\';
      if (c === "'") return "\\'";
      if (c === '\n') return '\\n';
      if (c === '\r') return '\\r';
      if (c === '\t') return '\\t';
      return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
    return `'${body}'`;
  }
  if (Array.isArray(v)) return `[${v.map(cypherLiteral).join(', ')}]`;
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
  return `{${entries.map(([k, x]) => `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : `\`${k.replace(/`/g, '``')}\``}: ${cypherLiteral(x)}`).join(', ')}}`;
}

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

function withRows(template: string, rows: unknown[]): string {
  return cypherStatements(template)
    .map((s) => s.replace('$rows', cypherLiteral(rows)))
    .join(';\n');
}

/** The whole script; run statement by statement (`cypherScriptStatements`) or with cypher-shell. */
export function toCypherScript(graph: KnowledgeGraph): string {
  const out = ['// newsgraph export: rebuilds this graph in an empty Neo4j database.', ...cypherStatements(cypherFile('schema')).map((s) => `${s};`)];
  const nodes = new Map<NodeLabel, Record<string, unknown>[]>();
  graph.forEachNode((_, a) => {
    const { label, ...rest } = a;
    const row = 'aliases' in a ? { id: a.id, name: a.name, type: a.type, aliases: a.aliases, titles: a.titles } : { id: a.id, props: rest };
    nodes.set(label, [...(nodes.get(label) ?? []), row]);
  });
  for (const [label, rows] of nodes) {
    const file = label === 'Document' || label === 'Statement' ? 'store/merge-nodes' : 'store/merge-entities';
    for (const batch of batches(rows)) out.push(`${withRows(fillTemplate(cypherFile(file), { LABEL: label }), batch)};`);
  }
  const edges = new Map<EdgeType, Record<string, unknown>[]>();
  graph.forEachEdge((_, a, from, to) => {
    const { id, type, ...rest } = a;
    edges.set(type, [...(edges.get(type) ?? []), { id, from, to, props: rest }]);
  });
  for (const [type, rows] of edges) {
    const [from, to] = EDGE_ENDS[type];
    for (const batch of batches(rows)) out.push(`${withRows(fillTemplate(cypherFile('store/merge-edges'), { FROM: from, TO: to, TYPE: type }), batch)};`);
  }
  return `${out.join('\n')}\n`;
}

/** The statements of a script written by `toCypherScript`, ready to run one by one. */
export function cypherScriptStatements(script: string): string[] {
  return cypherStatements(script);
}
