// `kg statements`: who said what to whom, filtered by speaker, addressee, topic or document.
import { speakerLabel, type StatementFilter, type StatementRecord } from '../../core/index.js';
import { boolFlag, parseFlags, STORE_OPTIONS, stringFlag } from '../args.js';
import type { CliIo } from '../io.js';
import { withStore } from '../open-store.js';
import { printRows, renderTable, truncate } from '../table.js';
import { askNames, noneMessage, unknownNames } from '../unknown-names.js';

/** A direct quotation in quotation marks, unless its content already carries them. */
function quoted(content: string): string {
  return /^["“]/.test(content) ? content : `"${content}"`;
}

export function statementsTable(rows: readonly StatementRecord[]): string {
  return renderTable(
    ['SPEAKER', 'TO', 'CUE', 'REPORTED BY', 'DATE', 'CONTENT'],
    rows.map((s) => [
      truncate(speakerLabel(s), 40),
      s.addressee?.name ?? '',
      s.cue ?? '',
      s.reportedBy.map((r) => r.name).join(' > '),
      s.document.date ?? '',
      truncate(s.kind === 'direct' ? quoted(s.content) : s.content, 100),
    ]),
  );
}

export async function runStatements(argv: readonly string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, {
    ...STORE_OPTIONS,
    speaker: { type: 'string' },
    to: { type: 'string' },
    about: { type: 'string' },
    document: { type: 'string' },
  }, 0);
  const filter: StatementFilter = {};
  const speaker = stringFlag(p, 'speaker');
  const to = stringFlag(p, 'to');
  const about = stringFlag(p, 'about');
  const document = stringFlag(p, 'document');
  if (document !== undefined) filter.documentId = document;
  const { rows, unknown } = await withStore(p, io, async (store) => {
    const names = await askNames(store, [speaker, to, about]);
    const [s, t, a] = names;
    if (s) filter.speaker = s.name;
    if (t) filter.addressee = t.name;
    if (a) filter.about = a.name;
    const rows = await store.statements(filter);
    return { rows, unknown: rows.length ? [] : await unknownNames(store, names) };
  });
  printRows(io, boolFlag(p, 'json'), rows, statementsTable, noneMessage('no statements match', unknown));
  return 0;
}
