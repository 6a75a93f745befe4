// `kg ingest PATH...`: reads articles into the store and says what it found.
import { count, formatDiagnostic, UsageError } from '../../core/index.js';
import { parseFlags, STORE_OPTIONS } from '../args.js';
import type { CliIo } from '../io.js';
import { chooseStore, withStore } from '../open-store.js';
import { ingestPaths } from '../pipeline.js';

/** Exit code when some inputs were skipped but the rest were written. */
export const EXIT_PARTIAL = 3;

export async function runIngest(argv: readonly string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, STORE_OPTIONS);
  if (p.positionals.length === 0) throw new UsageError('needs at least one file or folder');
  const choice = chooseStore(p, io);
  const report = await withStore(p, io, (store) => ingestPaths(p.positionals, store, io), 'write');
  for (const d of report.diagnostics) io.err(formatDiagnostic(d));
  const summary = {
    store: choice.location,
    documents: report.documents,
    alreadyStored: report.alreadyStored,
    skippedFiles: report.skippedFiles,
    statements: report.statements,
    relations: report.relations,
    entities: report.entities,
    warnings: report.diagnostics.filter((d) => d.severity === 'warning').length,
    errors: report.diagnostics.filter((d) => d.severity === 'error').length,
  };
  if (p.values['json']) io.out(JSON.stringify(summary, null, 2));
  else {
    io.err(
      `ingested ${count(summary.documents, 'document')} into ${choice.kind === 'local' ? 'the embedded store' : 'Neo4j'} at ${summary.store}: ` +
        `${count(summary.statements, 'statement')}, ${count(summary.relations, 'relation')}, ${count(summary.entities, 'entity', 'entities')}` +
        (summary.alreadyStored ? `; ${count(summary.alreadyStored, 'document')} already in the store, skipped` : '') +
        (summary.skippedFiles ? `; ${count(summary.skippedFiles, 'file')} in the folders not .txt, .html or .jsonl, skipped` : '') +
        (summary.errors ? `; ${count(summary.errors, 'input')} skipped (see above)` : ''),
    );
  }
  return summary.errors > 0 ? EXIT_PARTIAL : 0;
}
