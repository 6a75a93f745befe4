// Export formats by name, each turning the knowledge graph into files another tool reads.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PathError } from '../core/index.js';
import type { KnowledgeGraph } from '../graph/model.js';
import { csvImportArguments, toCsv } from './csv.js';
import { toCypherScript } from './cypher-script.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { toJson } from './json.js';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'json', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Writes the graph in `format` to `out` (a folder for csv, a file otherwise); returns the paths written. */
export async function exportGraph(graph: KnowledgeGraph, format: ExportFormat, out: string): Promise<string[]> {
  try {
    return await writeExport(graph, format, out);
  } catch (err) {
    // The path the user chose is the problem (a file where a folder goes, no permission), not the program.
    const path = (err as NodeJS.ErrnoException).path ?? out;
    throw new PathError(`cannot write ${path}: ${(err as Error).message}`, path, { cause: err });
  }
}

async function writeExport(graph: KnowledgeGraph, format: ExportFormat, out: string): Promise<string[]> {
  if (format === 'csv') {
    await mkdir(out, { recursive: true });
    const files = toCsv(graph);
    for (const [name, text] of files) await writeFile(join(out, name), text);
    const command = `neo4j-admin ${csvImportArguments(files.keys()).join(' ')}`;
    await writeFile(join(out, 'IMPORT.txt'), `Load these files into an empty, stopped database from this folder:\n\n  ${command}\n`);
    return [...files.keys()].map((n) => join(out, n));
  }
  const text = { graphml: toGraphml, gexf: toGexf, json: toJson, cypher: toCypherScript }[format](graph);
  await writeFile(out, text);
  return [out];
}
