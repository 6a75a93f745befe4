import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/index.js';
import { EntityTable } from '../../src/resolve/entity-table.js';

const stored = (name: string, aliases: string[] = [], type: Entity['type'] = 'place'): Entity => ({ id: `ent_${name}`, name, type, aliases });

/** Adds [name, type, alias] rows to a table over `known`; the finished entities by id. */
function table(rows: [string, Entity['type'], string?][], known: Entity[] = []) {
  const t = new EntityTable(known);
  const ids = rows.map(([name, type, alias]) => t.add(name, type, alias));
  return { ids, entities: t.entityMap() };
}

describe('EntityTable', () => {
  it.each([
    ['mixed case over capitals', [['IOWA', 'place'], ['Iowa', 'place'], ['IOWA', 'place']], 'Iowa', []],
    ['the most written of mixed-case forms', [['Hillary Clinton', 'person'], ['HIllary Clinton', 'person'], ['Hillary Clinton', 'person']], 'Hillary Clinton', []],
    ['a person named only in capitals, written as names are', [['JANE DOE', 'person', 'JANE DOE']], 'Jane Doe', []],
    ['capitals kept for what may be an acronym', [['NATO', 'organization']], 'NATO', []],
    ['one alias per spelling, in mixed case', [['Hillary Clinton', 'person', 'CLINTON'], ['Hillary Clinton', 'person', 'Clinton']], 'Hillary Clinton', ['Clinton']],
  ] as [string, [string, Entity['type'], string?][], string, string[]][])('names one entity by %s', (_what, rows, name, aliases) => {
    const { ids, entities } = table(rows);
    expect(new Set(ids).size).toBe(1);
    expect(entities.get(ids[0]!)).toMatchObject({ name, aliases });
  });

  it('keeps a stored entity’s id and mixed-case name', () => {
    const { ids, entities } = table([['IOWA', 'place']], [stored('Iowa')]);
    expect(ids).toEqual(['ent_Iowa']);
    expect(entities.get('ent_Iowa')!.name).toBe('Iowa');
  });

  it('renames a stored entity known only in capitals once the texts write it in mixed case, keeping its id', () => {
    const { ids, entities } = table([['Iowa', 'place']], [stored('IOWA')]);
    expect(ids).toEqual(['ent_IOWA']);
    expect(entities.get('ent_IOWA')).toMatchObject({ name: 'Iowa', aliases: [] });
  });

  it('finds a stored entity by an alias, but a stored person never by a one-word alias', () => {
    const known = [stored('North Korea', ['DPRK']), stored('Hillary Clinton', ['Clinton'], 'person')];
    const { ids } = table([['DPRK', 'place'], ['Clinton', 'person']], known);
    expect(ids[0]).toBe('ent_North Korea');
    expect(ids[1]).not.toBe('ent_Hillary Clinton');
  });

  it('gives the same id to a new name whatever its case or spacing', () => {
    expect(new Set(table([['New Hampshire', 'place'], ['NEW HAMPSHIRE', 'place'], ['New\u00a0Hampshire', 'place']]).ids).size).toBe(1);
  });
});
