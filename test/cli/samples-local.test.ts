import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EntityRecord, RelationRecord, StatementRecord } from '../../src/core/index.js';
import { runCli, runJson } from '../support/run-cli.js';
import { checkSampleEntities, checkSampleRelations, checkSampleStatements } from './sample-expectations.js';

const store = join(mkdtempSync(join(tmpdir(), 'kg-samples-')), 'graph.json');
const env = { KG_STORE: store };

describe('the sample articles through the embedded store', () => {
  beforeAll(async () => {
    const r = await runCli(['ingest', 'data/samples'], env);
    expect(r.err).toContain('ingested 2 documents');
    expect(r.code).toBe(0);
  });

  it('gives one node per real-world entity, with aliases and roles', async () => {
    checkSampleEntities(await runJson<EntityRecord[]>(['entities'], env));
  });

  it('gives the statements of the call, the Xinhua report and the Lavrov quote', async () => {
    checkSampleStatements(await runJson<StatementRecord[]>(['statements'], env));
  });

  it('gives the talks between Xi Jinping and Donald Trump on the day of the call', async () => {
    checkSampleRelations(await runJson<RelationRecord[]>(['relations'], env));
  });

  it('prints a quotation in the table once quoted', async () => {
    const r = await runCli(['statements', '--speaker', 'Lavrov'], env);
    expect(r.out).toContain('"We do hope that this meeting is going to take place,"');
    expect(r.out).not.toContain('""');
  });

  it('changes nothing when the same files are ingested again', async () => {
    const before = await runJson<StatementRecord[]>(['statements'], env);
    const entities = await runJson<EntityRecord[]>(['entities'], env);
    const again = await runCli(['ingest', 'data/samples'], env);
    expect(again.code).toBe(0);
    expect(again.err).toContain('ingested 0 documents');
    expect(again.err).toContain('2 documents already in the store, skipped');
    expect(await runJson<StatementRecord[]>(['statements'], env)).toEqual(before);
    expect(await runJson<EntityRecord[]>(['entities'], env)).toEqual(entities);
  });

  it('reports the talks-soon claim as corroborated by both documents, one through Xinhua', async () => {
    const claims = await runJson<{ speaker: { name: string } | null; documents: number; chains: string[]; claim: string }[]>(
      ['corroborate'],
      env,
    );
    const talks = claims.find((c) => c.speaker?.name === 'Xi Jinping' && c.documents === 2 && /soon|possible/.test(c.claim));
    expect(talks, JSON.stringify(claims, null, 1)).toBeDefined();
    expect(talks!.chains).toContain('Xinhua');
  });

  it('filters statements by speaker and addressee from the command line', async () => {
    const r = await runCli(['statements', '--speaker', 'xi', '--to', 'Trump'], env);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^SPEAKER\s+TO\s+CUE/);
    expect(r.out).toContain('Xi Jinping');
  });
});

describe('CLI errors', () => {
  it.each([
    [['frobnicate'], 2, /unknown command/],
    [['ingest'], 2, /at least one file/],
    [['ingest', 'no/such/path'], 3, /no\/such\/path/],
    [['cypher', 'MATCH (n) RETURN n'], 2, /Neo4j only/],
    [['statements', '--bogus'], 2, /bogus/],
  ])('kg %j exits %i with a message', async (args, code, message) => {
    const r = await runCli(args, env);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
  });

  it('names a dead Neo4j and says it may be retried', async () => {
    const r = await runCli(['statements', '--neo4j', 'bolt://127.0.0.1:1'], {});
    expect(r.code).toBe(4);
    expect(r.err).toMatch(/unavailable, retriable/);
    expect(r.err).toContain('127.0.0.1:1');
  });
});
