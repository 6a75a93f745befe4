// `kg relations --type`: the type as the table writes it or as stored, any case; unknown types refused with the list.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RelationRecord } from '../../src/core/index.js';
import { UsageError } from '../../src/core/index.js';
import { relationType } from '../../src/cli/relation-type.js';
import { runCli, runJson } from '../support/run-cli.js';

describe('relationType', () => {
  it.each([
    ['talked with', 'talked_with'],
    ['Talked With', 'talked_with'],
    ['TALKED_WITH', 'talked_with'],
    ['talked-with', 'talked_with'],
    ['  talked   with ', 'talked_with'],
    ['TOLD', 'told'],
    ['backed sanctions against', 'backed_sanctions_against'],
    ['will visit', 'will_visit'],
  ])('%j -> %s', (input, type) => {
    expect(relationType(input)).toBe(type);
  });

  it.each(['nonsense', 'talk', 'talkedwith', ''])('refuses %j, listing the types', (input) => {
    expect(() => relationType(input)).toThrow(UsageError);
    expect(() => relationType(input)).toThrow(/the types are: .*\btalked with\b.*\btold\b/);
  });
});

describe('kg relations --type on the samples', () => {
  const env = { KG_STORE: join(mkdtempSync(join(tmpdir(), 'kg-reltype-')), 'graph.json') };
  beforeAll(async () => {
    expect((await runCli(['ingest', 'data/samples'], env)).code).toBe(0);
  });

  it.each([
    ['talked with', 'talked_with'],
    ['TALKED_WITH', 'talked_with'],
    ['TOLD', 'told'],
  ])('--type %j gives the %s relations, and only them', async (input, type) => {
    const all = await runJson<RelationRecord[]>(['relations'], env);
    const picked = await runJson<RelationRecord[]>(['relations', '--type', input], env);
    expect(picked.length).toBeGreaterThan(0);
    expect(picked).toEqual(all.filter((r) => r.type === type));
  });

  it('shows the type in the table as it is typed', async () => {
    const r = await runCli(['relations', '--type', 'talked with'], env);
    expect(r.out).toMatch(/Xi Jinping\s+talked with\s+Donald Trump/);
  });

  it('refuses --type nonsense as bad usage', async () => {
    const r = await runCli(['relations', '--type', 'nonsense'], env);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown relation type "nonsense"; the types are: accused, /);
  });
});
