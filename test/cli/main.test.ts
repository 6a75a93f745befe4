// The CLI's contract: help for every command, --json where the README says, clear errors for bad paths.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-main-'));
const store = join(dir, 'graph.json');
const env = { KG_STORE: store };

beforeAll(async () => {
  const r = await runCli(['ingest', 'data/samples'], env);
  expect(r.code, r.err).toBe(0);
});

const COMMANDS = ['ingest', 'statements', 'entities', 'documents', 'relations', 'conversation', 'about', 'corroborate', 'export', 'view', 'cypher', 'extract'];

describe('kg COMMAND --help', () => {
  it.each(COMMANDS.flatMap((c) => [[c, '--help'], [c, '-h']]))('kg %s %s prints its usage and exits 0', async (command, flag) => {
    const r = await runCli([command, flag], env);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(new RegExp(`^usage: kg ${command} `));
    expect(r.out).not.toMatch(/usage: kg COMMAND/);
    expect(r.err).toBe('');
  });

  it('takes -h after -- as an argument', async () => {
    const r = await runCli(['extract', '--', '-h'], env);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/-h: no such file or folder/);
  });
});

// The commands that only read a store.
const QUERIES: [string[]][] = [[['statements']], [['entities']], [['documents']], [['relations']], [['conversation', 'Xi', 'Trump']], [['about', 'Trump']], [['corroborate']]];

describe('--json, as the README says: every command but extract', () => {
  it.each([
    ...QUERIES,
    [['ingest', 'data/samples']],
    [['export', '--format', 'json', '--out', join(dir, 'export.json')]],
    [['view', '--out', join(dir, 'view.html')]],
  ])('kg %j --json prints one JSON value', async (args) => {
    const r = await runCli([...args, '--json'], env);
    expect(r.code, r.err).toBe(0);
    expect(() => JSON.parse(r.out)).not.toThrow();
  });

  it('kg cypher accepts --json (and then wants Neo4j)', async () => {
    const r = await runCli(['cypher', 'RETURN 1', '--json'], env);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Neo4j only/);
  });

  it('kg extract refuses --json and names --jsonl', async () => {
    const r = await runCli(['extract', 'data/samples', '--json'], env);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/use --jsonl/);
  });
});

describe('a store that does not exist', () => {
  const missing = join(dir, 'typo.json');
  it.each([
    ...QUERIES,
    [['export', '--format', 'json', '--out', join(dir, 'never.json')]],
    [['view', '--out', join(dir, 'never.html')]],
  ])('kg %j --store typo.json is bad usage naming the path, and creates nothing', async (args) => {
    const r = await runCli([...args, '--store', missing], {});
    expect(r.code).toBe(2);
    expect(r.err).toContain(`no store at ${missing}; run kg ingest first`);
    expect(r.out).toBe('');
    expect(existsSync(missing)).toBe(false);
  });

  it('is the same for the default store', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'kg-nostore-'));
    const r = await runCli(['statements'], {}, empty);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`no store at ${join(empty, '.kg/graph.json')}; run kg ingest first`);
    expect(existsSync(join(empty, '.kg'))).toBe(false);
  });
});

describe('an output that cannot be written', () => {
  const file = join(dir, 'existing.json');
  const folder = join(dir, 'a-folder');
  writeFileSync(file, '{}');
  mkdirSync(folder, { recursive: true });
  it.each([
    [['export', '--format', 'csv', '--out', file], file, /EEXIST|ENOTDIR/],
    [['export', '--format', 'graphml', '--out', folder], folder, /EISDIR/],
    [['export', '--format', 'json', '--out', join(file, 'x.json')], join(file, 'x.json'), /ENOTDIR/],
  ])('kg %j is bad usage with the path and the cause, no stack', async (args, path, cause) => {
    const r = await runCli(args, env);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`cannot write ${path}: `);
    expect(r.err).toMatch(cause);
    expect(r.err).not.toMatch(/unexpected error|\n\s+at /);
  });
});

describe('arguments a command does not take', () => {
  it.each([
    [['statements', 'Brauner'], 'takes no arguments; unexpected "Brauner"'],
    [['about', 'Xi', 'Trump'], 'takes 1 argument; unexpected "Trump"'],
    [['conversation', 'Xi', 'Trump', 'Lavrov'], 'takes 2 arguments; unexpected "Lavrov"'],
    [['entities', 'Xi'], 'takes no arguments; unexpected "Xi"'],
  ])('kg %j is bad usage, answered with the command\'s usage, not an answer about everything', async (args, message) => {
    const r = await runCli(args, env);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`kg ${args[0]}: ${message}`);
    expect(r.err).toContain(`usage: kg ${args[0]} `);
    expect(r.err).not.toContain('usage: kg COMMAND');
  });

  it('names an unknown export format', async () => {
    const r = await runCli(['export', '--format', 'pdf', '--out', join(dir, 'x.pdf')], env);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown format "pdf"');
  });

  it('says each message once, without the command name twice', async () => {
    const r = await runCli(['about'], env);
    expect(r.err).toMatch(/^kg about: needs an entity/);
  });
});

describe('an empty answer names what names nothing', () => {
  it.each([
    [['statements', '--speaker', 'Nobody'], 'no statements match; no entity answers to "Nobody"'],
    [['statements', '--speaker', 'Xi', '--to', 'Lavrov'], 'no statements match'],
    [['conversation', 'Foo', 'Trump'], 'nothing between Foo and Trump; no entity answers to "Foo"'],
    [['relations', '--actor', 'Xi', '--other', 'Nobody'], 'no relations match; no entity answers to "Nobody"'],
  ])('kg %j says %j', async (args, message) => {
    const r = await runCli(args, env);
    expect(r.code, r.err).toBe(0);
    expect(r.out.trim()).toBe(message);
  });
});

describe('a source that names no entity', () => {
  it('is shown as written, in brackets, and given in the JSON answer', async () => {
    const local = join(mkdtempSync(join(tmpdir(), 'kg-source-')), 'graph.json');
    const text = join(dir, 'officials.txt');
    writeFileSync(text, 'Senior officials in the ministry said on Monday that the bridge would reopen in May.\n');
    expect((await runCli(['ingest', text, '--store', local])).code).toBe(0);
    const table = await runCli(['statements', '--store', local]);
    expect(table.out).toMatch(/^\(Senior officials in the ministry\)\s+said\s/m);
    const [record] = JSON.parse((await runCli(['statements', '--store', local, '--json'])).out) as { speaker: unknown; source: string }[];
    expect(record).toMatchObject({ speaker: null, source: 'Senior officials in the ministry' });
  });
});

describe('kg documents', () => {
  it('lists the sample articles, each with what was read from it, and one by its id', async () => {
    const r = await runCli(['documents', '--json'], env);
    const docs = JSON.parse(r.out) as { id: string; title: string; statements: number; relations: number; origin: string }[];
    expect(docs.map((d) => d.origin.replace(/^.*\//, '')).sort()).toEqual(['000_e2447bf0e712ceff.txt', '004_a2a29330f5e627a1.txt']);
    const statements = JSON.parse((await runCli(['statements', '--json'], env)).out) as { document: { id: string } }[];
    for (const d of docs) expect(d.statements).toBe(statements.filter((s) => s.document.id === d.id).length);
    const one = await runCli(['documents', '--id', docs[0]!.id], env);
    expect(one.out).toContain(docs[0]!.id);
    expect(one.out).not.toContain(docs[1]!.id);
    expect((await runCli(['documents', '--id', 'doc_none'], env)).out.trim()).toBe('no document doc_none');
  });
});

describe('a name asked with "the" before it', () => {
  it.each([
    [['about', 'the Treasury'], /^Treasury \(organization\)/],
    [['statements', '--speaker', 'the treasury'], /^Treasury\s+said\s/m],
    [['statements', '--speaker', 'the Nobody'], /^no statements match; no entity answers to "the Nobody"$/],
    [['statements', '--speaker', 'the Treasury', '--to', 'Nobody'], /^no statements match; no entity answers to "Nobody"$/],
  ])('kg %j answers for the name without it', async (args, expected) => {
    const local = join(mkdtempSync(join(tmpdir(), 'kg-the-')), 'graph.json');
    const text = join(dir, 'treasury.txt');
    writeFileSync(text, 'LONDON (Reuters) - The Treasury said on Monday that the tax would rise in April.\n');
    expect((await runCli(['ingest', text, '--store', local])).code).toBe(0);
    const r = await runCli([...args, '--store', local]);
    expect(r.code, r.err).toBe(0);
    expect(r.out.trim()).toMatch(expected);
  });
});
