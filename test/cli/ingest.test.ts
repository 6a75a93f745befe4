// `kg ingest`: one writer per store, store file errors as store errors, folders' other files counted, progress in documents.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StatementRecord } from '../../src/core/index.js';
import { runCli, runJson } from '../support/run-cli.js';

const temp = (name: string) => mkdtempSync(join(tmpdir(), `kg-ingest-${name}-`));

describe('two ingests into one store', () => {
  it('lets the first write and stops the second at once, naming the store and the holding pid', async () => {
    const store = join(temp('lock'), 'graph.json');
    const env = { KG_STORE: store };
    const [first, second] = await Promise.all([
      runCli(['ingest', 'data/samples/000_e2447bf0e712ceff.txt'], env),
      runCli(['ingest', 'data/samples/004_a2a29330f5e627a1.txt'], env),
    ]);
    expect(first.code, first.err).toBe(0);
    expect(second.code).toBe(4);
    expect(second.err).toContain(`the store ${store} is being written by process ${process.pid}`);
    expect(second.err).toMatch(/locked, retriable/);
    // The first's documents are there, and the second can run now.
    const again = await runCli(['ingest', 'data/samples/004_a2a29330f5e627a1.txt'], env);
    expect(again.err).toContain('ingested 1 document');
    expect(new Set((await runJson<StatementRecord[]>(['statements'], env)).map((s) => s.document.id)).size).toBe(2);
  });

  it('leaves no lock behind when ingest fails on its input', async () => {
    const store = join(temp('unlock'), 'graph.json');
    expect((await runCli(['ingest', 'no/such/file.txt'], { KG_STORE: store })).code).toBe(3);
    expect((await runCli(['ingest', 'data/samples'], { KG_STORE: store })).code).toBe(0);
  });
});

describe('a store file that cannot be written', () => {
  const file = join(temp('file'), 'plain');
  writeFileSync(file, '');
  it.each([
    ['/proc/x.json', /ENOENT|EACCES/],
    [join(file, 'graph.json'), /EEXIST|ENOTDIR/],
  ])('kg ingest --store %s is a store error with the path and the cause, no stack', async (store, cause) => {
    const r = await runCli(['ingest', 'data/samples', '--store', store], {});
    expect(r.code).toBe(4);
    expect(r.err).toContain(`store error (unwritable-file): cannot write the store file ${store}: `);
    expect(r.err).toMatch(cause);
    expect(r.err).not.toMatch(/unexpected error|\n\s+at /);
  });
});

describe('a folder with other files in it', () => {
  it('ingests only .txt, .html and .jsonl files and says how many others it skipped', async () => {
    const folder = temp('folder');
    copyFileSync('data/samples/000_e2447bf0e712ceff.txt', join(folder, 'article.txt'));
    writeFileSync(join(folder, 'notes.md'), 'Xi told Trump that the notes were private.\n');
    mkdirSync(join(folder, 'sub'));
    writeFileSync(join(folder, 'sub', 'picture.png'), 'not an article');
    const env = { KG_STORE: join(temp('folder-store'), 'graph.json') };
    const r = await runCli(['ingest', folder], env);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('ingested 1 document');
    expect(r.err).toContain('2 files in the folders not .txt, .html or .jsonl, skipped');
    const json = await runCli(['ingest', folder, '--json'], env);
    expect(JSON.parse(json.out)).toMatchObject({ documents: 0, alreadyStored: 1, skippedFiles: 2 });
  });
});

describe('progress', () => {
  it('counts documents across chunks, to the number the summary gives', async () => {
    // More lines than one chunk of documents, in one file.
    const dir = temp('progress');
    const n = 260;
    const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ text: `Official ${i} said talks ${i} would go ahead.` }));
    writeFileSync(join(dir, 'archive.jsonl'), `${lines.join('\n')}\n`);
    const r = await runCli(['ingest', join(dir, 'archive.jsonl')], { KG_STORE: join(dir, 'graph.json') });
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`ingested ${n} documents`);
    for (const step of ['extracting documents', 'writing documents']) {
      const counts = r.err.split('\n').filter((l) => l.startsWith(`${step}:`)).map((l) => l.slice(step.length + 2));
      expect(counts.length, r.err).toBeGreaterThan(1);
      expect(counts.every((c) => c.endsWith(`/${n}`)), counts.join(' ')).toBe(true);
      expect(counts.at(-1)).toBe(`${n}/${n}`);
    }
  });
});

