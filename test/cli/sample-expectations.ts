// What the two sample articles must give, whichever store holds the graph.
import { expect } from 'vitest';
import type { EntityRecord, RelationRecord, StatementRecord } from '../../src/core/index.js';

export const SAMPLE_ENTITIES: [string, string, string[]][] = [
  ['Xi Jinping', 'person', []],
  ['Donald Trump', 'person', []],
  ['Sergei Lavrov', 'person', []],
  ['Chung Eui-yong', 'person', []],
  ['Kim Jong-un', 'person', []],
  ['North Korea', 'place', ['DPRK']],
  ['United States', 'place', ['US']],
  ['China', 'place', []],
  ['Russia', 'place', []],
  ['Japan', 'place', []],
  ['South Korea', 'place', []],
  ['Xinhua', 'organization', []],
  ['United Nations Security Council', 'organization', []],
];

const JUNK = /jQuery|Share this story|Suggest To A Friend|Home >|Published date|Related News|Last updated/i;

/** Finds the statements of `speaker` whose content contains `words`. */
function said(rows: StatementRecord[], speaker: string, words: string): StatementRecord[] {
  return rows.filter((s) => s.speaker?.name === speaker && s.content.includes(words));
}

export function checkSampleEntities(entities: EntityRecord[]): void {
  for (const [name, type, aliases] of SAMPLE_ENTITIES) {
    const found = entities.filter((e) => e.name === name);
    expect(found, `one entity named ${name}`).toHaveLength(1);
    expect(found[0]!.type, `${name} is a ${type}`).toBe(type);
    for (const a of aliases) expect(found[0]!.aliases, `${name} has alias ${a}`).toContain(a);
  }
  for (const [name] of SAMPLE_ENTITIES) {
    const last = name.split(' ').pop()!;
    const others = entities.filter((e) => e.name !== name && (e.name === last || e.aliases.includes(name)));
    expect(others.map((e) => e.name), `no second node for ${name}`).toEqual([]);
  }
  expect(entities.filter((e) => JUNK.test(e.name) || e.aliases.some((a) => JUNK.test(a)))).toEqual([]);
  const lavrov = entities.find((e) => e.name === 'Sergei Lavrov')!;
  expect(lavrov.roles).toContainEqual({ title: 'Foreign Minister', organization: 'Russia' });
  const chung = entities.find((e) => e.name === 'Chung Eui-yong')!;
  expect(chung.roles).toContainEqual({ title: 'National Security Adviser', organization: 'South Korea' });
}

export function checkSampleStatements(rows: StatementRecord[]): void {
  const xiToTrump = said(rows, 'Xi Jinping', 'denuclearization of the Korean Peninsula');
  expect(xiToTrump.length).toBeGreaterThan(0);
  expect(xiToTrump[0]!.addressee?.name).toBe('Donald Trump');

  const progress = said(rows, 'Donald Trump', 'positive progress');
  expect(progress.length).toBeGreaterThan(0);
  expect(progress[0]!.addressee?.name).toBe('Xi Jinping');

  const appreciate = said(rows, 'Xi Jinping', "I appreciate Mr. President's positive will");
  expect(appreciate.length).toBeGreaterThan(0);
  expect(appreciate[0]!.addressee?.name).toBe('Donald Trump');

  const talksSoon = rows.filter(
    (s) => s.speaker?.name === 'Xi Jinping' && /North Korea will start talks as soon as possible/.test(s.content),
  );
  expect(talksSoon.length).toBeGreaterThan(0);
  expect(talksSoon[0]!.addressee?.name).toBe('Donald Trump');
  expect(talksSoon[0]!.reportedBy.map((r) => r.name)).toEqual(['Xinhua']);

  const lavrov = said(rows, 'Sergei Lavrov', 'We do hope that this meeting is going to take place');
  expect(lavrov.length).toBeGreaterThan(0);
  expect(lavrov[0]!.kind).toBe('direct');
  expect(
    rows.some((s) => s.speaker?.name === 'Sergei Lavrov' && s.content.includes('Certainly, it is required to normalise')),
  ).toBe(true);

  expect(rows.some((s) => s.speaker?.name === 'Chung Eui-yong' && /meeting|take place/.test(s.content))).toBe(true);

  expect(rows.filter((s) => JUNK.test(s.content) || JUNK.test(s.sentence))).toEqual([]);
  for (const s of rows) expect(s.sentence).toContain(s.content.split(' ... ')[0]!.slice(0, 20));
}

export function checkSampleRelations(rows: RelationRecord[]): void {
  const talked = rows.filter(
    (r) =>
      r.type === 'talked_with' &&
      [r.source.name, r.target.name].sort().join('|') === 'Donald Trump|Xi Jinping' &&
      r.date === '2018-03-09',
  );
  expect(talked.length).toBeGreaterThan(0);
}
