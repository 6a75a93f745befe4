// CSV files in the `neo4j-admin database import` header format, one per label and relationship type, and their reader.
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes, NodeLabel } from '../graph/model.js';
import { createKnowledgeGraph, type EdgeType } from '../graph/model.js';
import { normalizeEdge, normalizeNode } from '../graph/normalize.js';

/** Separates the elements of list columns: a control character no name or sentence holds; neo4j-admin is told the same. */
export const ARRAY_DELIMITER = '\u001f';

type Column = { name: string; type: 'string' | 'int' | 'string[]' | 'int[]' };

function quote(v: string): string {
  return `"${v.replace(/"/g, '""')}"`;
}

function columnsOf(rows: Record<string, unknown>[], skip: Set<string>): Column[] {
  const cols = new Map<string, Column['type']>();
  for (const row of rows) {
    for (const [k, v] of Object.entries(row)) {
      if (skip.has(k) || v === undefined) continue;
      const type: Column['type'] = Array.isArray(v) ? (v.every((x) => typeof x === 'number') && v.length ? 'int[]' : 'string[]') : typeof v === 'number' ? 'int' : 'string';
      const prev = cols.get(k);
      if (prev === undefined || prev === type) cols.set(k, type);
      // An empty list looks like a string list; a number list wins over it.
      else if (prev.endsWith('[]') && type.endsWith('[]')) cols.set(k, 'int[]');
      else cols.set(k, 'string');
    }
  }
  return [...cols].map(([name, type]) => ({ name, type }));
}

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return quote(v.join(ARRAY_DELIMITER));
  if (typeof v === 'number') return String(v);
  return quote(String(v));
}

function header(col: Column): string {
  return col.type === 'string' ? col.name : `${col.name}:${col.type}`;
}

/** The files to write, by file name. */
export function toCsv(graph: KnowledgeGraph): Map<string, string> {
  const files = new Map<string, string>();
  const byLabel = new Map<NodeLabel, NodeAttributes[]>();
  graph.forEachNode((_, a) => byLabel.set(a.label, [...(byLabel.get(a.label) ?? []), a]));
  for (const [label, nodes] of byLabel) {
    const cols = columnsOf(nodes as unknown as Record<string, unknown>[], new Set(['id', 'label']));
    const labels = label === 'Document' || label === 'Statement' ? label : `Entity${ARRAY_DELIMITER}${label}`;
    const lines = [['id:ID', ...cols.map(header), ':LABEL'].join(',')];
    for (const n of nodes) {
      const row = n as unknown as Record<string, unknown>;
      lines.push([quote(n.id), ...cols.map((c) => cell(row[c.name])), quote(labels)].join(','));
    }
    files.set(`nodes-${label}.csv`, `${lines.join('\n')}\n`);
  }
  const byType = new Map<EdgeType, { attrs: EdgeAttributes; from: string; to: string }[]>();
  graph.forEachEdge((_, attrs, from, to) => byType.set(attrs.type, [...(byType.get(attrs.type) ?? []), { attrs, from, to }]));
  for (const [type, edges] of byType) {
    const cols = columnsOf(edges.map((e) => e.attrs as unknown as Record<string, unknown>), new Set(['type']));
    const lines = [[':START_ID', ':END_ID', ':TYPE', ...cols.map(header)].join(',')];
    for (const e of edges) {
      const row = e.attrs as unknown as Record<string, unknown>;
      lines.push([quote(e.from), quote(e.to), quote(type), ...cols.map((c) => cell(row[c.name]))].join(','));
    }
    files.set(`relationships-${type}.csv`, `${lines.join('\n')}\n`);
  }
  return files;
}

/** The `neo4j-admin database import full` arguments that load the files (paths relative to their folder). */
export function csvImportArguments(fileNames: Iterable<string>, database = 'neo4j'): string[] {
  const names = [...fileNames].sort();
  return [
    'database',
    'import',
    'full',
    '--array-delimiter=U+001F',
    '--multiline-fields=true',
    ...names.filter((n) => n.startsWith('nodes-')).map((n) => `--nodes=${n}`),
    ...names.filter((n) => n.startsWith('relationships-')).map((n) => `--relationships=${n}`),
    database,
  ];
}

/** Splits CSV text into rows of fields: quoted fields may hold commas, quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

function typed(value: string, type: string): unknown {
  if (value === '') return undefined;
  if (type === 'int') return Number(value);
  if (type === 'int[]') return value.split(ARRAY_DELIMITER).map(Number);
  if (type === 'string[]') return value.split(ARRAY_DELIMITER);
  return value;
}

/** Reads files written by `toCsv` by their headers, back into the model's graph. */
export function fromCsv(files: ReadonlyMap<string, string>): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  const read = (text: string) => {
    const [head, ...rows] = parseCsv(text);
    const cols = (head ?? []).map((h) => {
      // Special columns (`id:ID`, `:LABEL`, `:START_ID`) keep their whole header as the name.
      if (h.startsWith(':') || h.endsWith(':ID')) return { name: h, type: 'string' };
      const [name, type = 'string'] = h.split(':');
      return { name: name!, type };
    });
    return rows.map((r) => Object.fromEntries(cols.map((c, i) => [c.name, typed(r[i] ?? '', c.type)])));
  };
  for (const [name, text] of [...files].sort()) {
    if (!name.startsWith('nodes-')) continue;
    for (const row of read(text)) {
      const labels = String(row[':LABEL'] ?? '').split(ARRAY_DELIMITER);
      const label = labels.find((l) => l !== 'Entity') as NodeLabel;
      const attrs = normalizeNode(label, { ...row, id: row['id:ID'] });
      graph.addNode(attrs.id, attrs);
    }
  }
  for (const [name, text] of [...files].sort()) {
    if (!name.startsWith('relationships-')) continue;
    for (const row of read(text)) {
      const attrs = normalizeEdge(String(row[':TYPE']), row);
      graph.addDirectedEdgeWithKey(attrs.id, String(row[':START_ID']), String(row[':END_ID']), attrs);
    }
  }
  return graph;
}
