// `kg extract FILE...`: statements read from files without any store, as JSONL for scoring or a table.
import { basename } from 'node:path';
import { count, formatDiagnostic, UsageError, type Span, type StatementSpans } from '../../core/index.js';
import { loadDocuments } from '../../ingest/index.js';
import { resolveDocuments } from '../../resolve/index.js';
import { boolFlag, parseFlags } from '../args.js';
import type { CliIo } from '../io.js';
import { extractAll } from '../pipeline.js';
import { progressBar } from '../progress.js';
import { renderTable, truncate } from '../table.js';

const pair = (s: Span): [number, number] => [s.start, s.end];

/** The document's name in predictions: the file name without its extension (and `:line` for JSONL). */
export function predictionName(origin: string): string {
  return basename(origin).replace(/\.(txt|html?|jsonl)(?=$|:)/i, '');
}

function prediction(s: StatementSpans, speaker: string | null, addressee: string | null) {
  return {
    source: s.source ? pair(s.source) : null,
    cue: s.cue ? pair(s.cue) : null,
    content: s.content.length === 1 ? pair(s.content[0]!) : s.content.map(pair),
    speaker,
    addressee,
    kind: s.kind,
  };
}

export async function runExtract(argv: readonly string[], io: CliIo): Promise<number> {
  // Every other command's --json prints one JSON value; extract prints a line per file, so it has its own flag.
  if (argv.includes('--json')) throw new UsageError('writes JSON Lines: use --jsonl');
  const p = parseFlags(argv, { jsonl: { type: 'boolean' } });
  if (p.positionals.length === 0) throw new UsageError('needs at least one file or folder');
  // Offsets must point into the files as read, so the text is not cleaned here, and a file that
  // differs from another only in whitespace has offsets of its own: only exact copies are one.
  const loaded = await loadDocuments(p.positionals, { clean: false, sameText: 'exact', onProgress: () => {} });
  for (const d of loaded.diagnostics) io.err(formatDiagnostic(d));
  if (loaded.skipped.length) io.err(`${count(loaded.skipped.length, 'file')} in the folders not .txt, .html or .jsonl, skipped`);
  const extractions = extractAll(loaded.documents, progressBar(io, 'extracting documents'));
  const rows: string[][] = [];
  loaded.documents.forEach((document, i) => {
    const extraction = extractions[i]!;
    const batch = resolveDocuments([{ document, extraction }], []);
    const names = new Map(batch.entities.map((e) => [e.id, e.name]));
    const resolved = batch.documents[0]?.statements ?? [];
    const name = (id: string | null) => (id === null ? null : (names.get(id) ?? null));
    const statements = resolved.map((s) => prediction(s, name(s.speakerId), name(s.addresseeId)));
    if (boolFlag(p, 'jsonl')) {
      // One line per file read: a file with the same text as another gets the same statements.
      const origins = [document.origin, ...[...loaded.twins].filter(([, of]) => of === document.origin).map(([origin]) => origin)];
      for (const origin of origins) io.out(JSON.stringify({ doc: predictionName(origin), statements }));
      return;
    }
    for (const s of resolved) {
      rows.push([
        predictionName(document.origin),
        name(s.speakerId) ?? (s.source ? document.text.slice(s.source.start, s.source.end) : '?'),
        name(s.addresseeId) ?? '',
        s.cue ? document.text.slice(s.cue.start, s.cue.end) : '',
        truncate(s.content.map((c) => document.text.slice(c.start, c.end)).join(' ... '), 90),
      ]);
    }
  });
  if (!boolFlag(p, 'jsonl')) io.out(rows.length ? renderTable(['DOC', 'SPEAKER', 'TO', 'CUE', 'CONTENT'], rows) : 'no statements found');
  // As for ingest: 3 when some input could not be read, whatever was read from the rest.
  return loaded.diagnostics.some((d) => d.severity === 'error') ? 3 : 0;
}
