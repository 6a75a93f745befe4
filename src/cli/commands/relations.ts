// `kg relations`: interactions between actors (told, talked with, congratulated, ...).
import type { RelationFilter } from '../../core/index.js';
import { boolFlag, parseFlags, STORE_OPTIONS, stringFlag } from '../args.js';
import type { CliIo } from '../io.js';
import { relationType } from '../relation-type.js';
import { withStore } from '../open-store.js';
import { printRows, renderTable, truncate } from '../table.js';
import { askNames, noneMessage, unknownNames } from '../unknown-names.js';

export async function runRelations(argv: readonly string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, {
    ...STORE_OPTIONS,
    actor: { type: 'string' },
    other: { type: 'string' },
    type: { type: 'string' },
  }, 0);
  const filter: RelationFilter = {};
  for (const key of ['actor', 'other'] as const) {
    const v = stringFlag(p, key);
    if (v !== undefined) filter[key] = v;
  }
  const type = stringFlag(p, 'type');
  if (type !== undefined) filter.type = relationType(type);
  const { rows, unknown } = await withStore(p, io, async (store) => {
    const names = await askNames(store, [filter.actor, filter.other]);
    const [actor, other] = names;
    if (actor) filter.actor = actor.name;
    if (other) filter.other = other.name;
    const rows = await store.relations(filter);
    return { rows, unknown: rows.length ? [] : await unknownNames(store, names) };
  });
  printRows(
    io,
    boolFlag(p, 'json'),
    rows,
    (all) =>
      renderTable(
        ['SOURCE', 'RELATION', 'TARGET', 'DATE', 'SENTENCE'],
        all.map((r) => [r.source.name, r.type.replace(/_/g, ' '), r.target.name, r.date ?? '', truncate(r.sentence, 90)]),
      ),
    noneMessage('no relations match', unknown),
  );
  return 0;
}
