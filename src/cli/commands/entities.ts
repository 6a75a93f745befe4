// `kg entities`: the people, organizations and places in the graph, with aliases and roles.
import { boolFlag, parseFlags, STORE_OPTIONS, stringFlag } from '../args.js';
import type { CliIo } from '../io.js';
import { withStore } from '../open-store.js';
import { printRows, renderTable, truncate } from '../table.js';

export async function runEntities(argv: readonly string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { ...STORE_OPTIONS, name: { type: 'string' } }, 0);
  const name = stringFlag(p, 'name');
  const rows = await withStore(p, io, (store) => store.entities(name === undefined ? {} : { name }));
  printRows(
    io,
    boolFlag(p, 'json'),
    rows,
    (all) =>
      renderTable(
        ['NAME', 'TYPE', 'MENTIONS', 'ROLES', 'ALIASES'],
        all.map((e) => [
          e.name,
          e.type,
          String(e.mentions),
          e.roles.map((r) => (r.organization ? `${r.title} (${r.organization})` : r.title)).join('; '),
          truncate(e.aliases.join(', '), 60),
        ]),
      ),
    'no entities',
  );
  return 0;
}
