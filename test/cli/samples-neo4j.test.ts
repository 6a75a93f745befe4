import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EntityRecord, RelationRecord, StatementRecord } from '../../src/core/index.js';
import { neo4jConnection } from '../support/neo4j.js';
import { runCli, runJson } from '../support/run-cli.js';
import { checkSampleEntities, checkSampleRelations, checkSampleStatements } from './sample-expectations.js';

describe('the sample articles through Neo4j', () => {
  const { uri, user, password } = neo4jConnection();
  const neo4j = { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
  const local = { KG_STORE: join(mkdtempSync(join(tmpdir(), 'kg-both-')), 'graph.json') };

  const counts = async () =>
    runJson<{ nodes: number; relationships: number }[]>(
      ['cypher', 'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS relationships'],
      neo4j,
    );

  beforeAll(async () => {
    expect((await runCli(['cypher', 'MATCH (n) DETACH DELETE n'], neo4j)).code).toBe(0);
    const intoNeo4j = await runCli(['ingest', 'data/samples'], neo4j);
    expect(intoNeo4j.code, intoNeo4j.err).toBe(0);
    expect((await runCli(['ingest', 'data/samples'], local)).code).toBe(0);
  });

  it('gives the sample entities, statements and relations', async () => {
    checkSampleEntities(await runJson<EntityRecord[]>(['entities'], neo4j));
    checkSampleStatements(await runJson<StatementRecord[]>(['statements'], neo4j));
    checkSampleRelations(await runJson<RelationRecord[]>(['relations'], neo4j));
  });

  it.each([['statements'], ['entities'], ['relations'], ['corroborate'], ['conversation', 'Xi', 'Trump']])(
    'kg %s answers exactly as the embedded store does',
    async (...args) => {
      expect(await runJson<unknown>(args, neo4j)).toEqual(await runJson<unknown>(args, local));
    },
  );

  it('leaves node and relationship counts unchanged when the samples are ingested again', async () => {
    const before = await counts();
    expect(before[0]!.nodes).toBeGreaterThan(20);
    expect((await runCli(['ingest', 'data/samples'], neo4j)).code).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['cypher/who-said-what-to-whom.cypher', [] as string[], 'Xi Jinping'],
    ['cypher/actor-statements.cypher', ['speaker="Lavrov"'], 'We do hope'],
    ['cypher/conversation.cypher', ['a="Xi"', 'b="Donald Trump"'], 'Donald Trump'],
    ['cypher/entity-aliases.cypher', ['name=DPRK'], 'North Korea'],
    ['cypher/overview.cypher', [] as string[], 'SAID_TO'],
    ['cypher/interactions.cypher', ['relation=talked_with'], 'Xi Jinping'],
    ['cypher/interactions.cypher', ['relation='], 'congratulated'],
    ['cypher/statement-provenance.cypher', ['document=Xi Reaches Out To Trump Over North Korea'], 'We do hope'],
  ])('the saved query %s answers on the samples', async (file, params, expected) => {
    const r = await runCli(['cypher', file, ...params.flatMap((p) => ['--param', p]), '--json'], neo4j);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(expected);
  });

  it('finds, with the saved provenance query, the content of every statement at its offsets in the stored text', async () => {
    const rows = await runJson<{ statement: string; content: string; inText: string; matches: boolean }[]>(
      ['cypher', 'cypher/statement-provenance.cypher', '--param', 'document='],
      neo4j,
    );
    expect(rows.map((r) => r.statement).sort()).toEqual((await runJson<StatementRecord[]>(['statements'], neo4j)).map((s) => s.id).sort());
    expect(rows.filter((r) => r.matches !== true || !r.content.startsWith(r.inText))).toEqual([]);
  });
});
