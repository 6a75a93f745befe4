// One article saved with other whitespace (trailing newline, CRLF, lines wrapped otherwise) is one
// document in either store, whether the copies come in one ingest or in several.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StatementRecord } from '../../src/core/index.js';
import { neo4jConnection } from '../support/neo4j.js';
import { runCli, runJson } from '../support/run-cli.js';

const ARTICLE = [
  'Harbour strike ends',
  '',
  'The port authority said on Monday that the dock workers would return on Wednesday.',
  '',
  '"We have a deal that both sides can live with," its chairman, Ola Berg, told reporters in Bergen.',
  '',
  'Union leader Mette Lund said the agreement protected every job at the harbour.',
  '',
].join('\n');

/** The article and its copies, one file each, named so the original is read first. */
const COPIES: [string, string][] = [
  ['b-trailing-newline.txt', `${ARTICLE}\n`],
  ['c-crlf.txt', ARTICLE.replace(/\n/g, '\r\n')],
  ['d-rewrapped.txt', ARTICLE.replace('that the dock', 'that\nthe dock').replace(' can live with', '\ncan live with').replace(' every job', '\nevery job')],
];

const folder = mkdtempSync(join(tmpdir(), 'kg-twins-'));
const original = join(folder, 'a-original.txt');
writeFileSync(original, ARTICLE);
for (const [name, text] of COPIES) writeFileSync(join(folder, name), text);

interface IngestSummary {
  documents: number;
  alreadyStored: number;
  statements: number;
  warnings: number;
}

type Env = Record<string, string>;

function stores(): [string, () => Promise<Env>][] {
  const local = async () => ({ KG_STORE: join(mkdtempSync(join(tmpdir(), 'kg-twins-store-')), 'graph.json') });
  const neo4j = async () => {
    const { uri, user, password } = neo4jConnection();
    const env = { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
    expect((await runCli(['cypher', 'MATCH (n) DETACH DELETE n'], env)).code).toBe(0);
    return env;
  };
  return [
    ['the embedded store', local],
    ['Neo4j', neo4j],
  ];
}

/** The number of Document nodes stored, read through an export as any reader would. */
async function documentCount(env: Env): Promise<number> {
  const out = join(mkdtempSync(join(tmpdir(), 'kg-twins-export-')), 'graph.json');
  expect((await runCli(['export', '--format', 'json', '--out', out], env)).code).toBe(0);
  const graph = JSON.parse(readFileSync(out, 'utf8')) as { nodes: { attributes: { label: string } }[] };
  return graph.nodes.filter((n) => n.attributes.label === 'Document').length;
}

/** What the original alone gives, in a store of its own. */
let expected: StatementRecord[];

beforeAll(async () => {
  const env = { KG_STORE: join(mkdtempSync(join(tmpdir(), 'kg-twins-alone-')), 'graph.json') };
  expect((await runCli(['ingest', original], env)).code).toBe(0);
  expected = await runJson<StatementRecord[]>(['statements'], env);
  expect(expected.length).toBeGreaterThan(1);
});

describe.each(stores())('the same article in other whitespace, into %s', (_, open) => {
  describe('in one ingest', () => {
    let env: Env;
    let summary: IngestSummary;
    beforeAll(async () => {
      env = await open();
      summary = await runJson<IngestSummary>(['ingest', folder], env);
    });

    it('is written once, with a warning for each copy', () => {
      expect(summary).toMatchObject({ documents: 1, alreadyStored: 0, statements: expected.length, warnings: COPIES.length });
    });

    it('gives one document and the statements of the original, none twice', async () => {
      expect(await documentCount(env)).toBe(1);
      expect(await runJson<StatementRecord[]>(['statements'], env)).toEqual(expected);
    });
  });

  describe('in one ingest after another', () => {
    let env: Env;
    beforeAll(async () => {
      env = await open();
      expect((await runJson<IngestSummary>(['ingest', original], env)).documents).toBe(1);
    });

    it.each(COPIES)('skips %s as already stored, changing nothing', async (name) => {
      const summary = await runJson<IngestSummary>(['ingest', join(folder, name)], env);
      expect(summary).toMatchObject({ documents: 0, alreadyStored: 1, statements: 0 });
      expect(await documentCount(env)).toBe(1);
      expect(await runJson<StatementRecord[]>(['statements'], env)).toEqual(expected);
    });
  });
});
