// `kg export --format graphml|gexf|json|csv|cypher --out PATH`: the stored graph in a format other tools read.
import { UsageError } from '../../core/index.js';
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from '../../export/index.js';
import { parseFlags, STORE_OPTIONS, stringFlag } from '../args.js';
import type { CliIo } from '../io.js';
import { withStore } from '../open-store.js';

export async function runExport(argv: readonly string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { ...STORE_OPTIONS, format: { type: 'string' }, out: { type: 'string' } }, 0);
  const format = stringFlag(p, 'format');
  const out = stringFlag(p, 'out');
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`${format ? `unknown format "${format}"; ` : ''}needs --format ${EXPORT_FORMATS.join('|')}`);
  }
  if (!out) throw new UsageError('needs --out PATH (a folder for csv)');
  const written = await withStore(p, io, async (store) => {
    const graph = await store.readGraph();
    return { paths: await exportGraph(graph, format as ExportFormat, out), nodes: graph.order, relationships: graph.size };
  });
  io.err(`exported ${written.nodes} nodes and ${written.relationships} relationships as ${format} to ${out}`);
  if (p.values['json']) io.out(JSON.stringify(written, null, 2));
  return 0;
}
