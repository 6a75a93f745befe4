// `kg documents`: what the store holds, one line per document, with how much was read from each.
import { boolFlag, parseFlags, STORE_OPTIONS, stringFlag } from '../args.js';
import type { CliIo } from '../io.js';
import { withStore } from '../open-store.js';
import { printRows, renderTable, truncate } from '../table.js';

export async function runDocuments(argv: readonly string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { ...STORE_OPTIONS, id: { type: 'string' } }, 0);
  const id = stringFlag(p, 'id');
  const rows = await withStore(p, io, (store) => store.documents(id === undefined ? {} : { id }));
  printRows(
    io,
    boolFlag(p, 'json'),
    rows,
    (all) =>
      renderTable(
        ['ID', 'DATE', 'TITLE', 'STATEMENTS', 'RELATIONS', 'ORIGIN'],
        all.map((d) => [d.id, d.date ?? '', truncate(d.title ?? '', 60), String(d.statements), String(d.relations), d.origin]),
      ),
    id === undefined ? 'no documents' : `no document ${id}`,
  );
  return 0;
}
