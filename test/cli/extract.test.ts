// `kg extract --jsonl`: one line of predictions per file read, named as the scorer names documents.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const F = 'test/fixtures/ingest/nested';

describe('kg extract --jsonl', () => {
  it('writes a line per file, the same statements for a file with the same text as another', async () => {
    const r = await runCli(['extract', `${F}/wire.txt`, `${F}/wire-copy.txt`, '--jsonl']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('same text as');
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { doc: string; statements: unknown[] });
    expect(lines.map((l) => l.doc)).toEqual(['wire', 'wire-copy']);
    expect(lines[0]!.statements.length).toBeGreaterThan(0);
    expect(lines[1]!.statements).toEqual(lines[0]!.statements);
  });
});

describe('kg extract --jsonl on files that differ only in whitespace', () => {
  const wire = readFileSync(`${F}/wire.txt`, 'utf8');
  it.each([
    ['a trailing newline', `${wire}\n`],
    ['lines wrapped otherwise', wire.replace('summit, the', 'summit,\nthe').replace(' take place', '\ntake place')],
    ['blank lines doubled', wire.replace(/\n\n/g, '\n\n\n')],
  ])('reads each with %s on its own, with offsets into that file', async (_, copy) => {
    const folder = mkdtempSync(join(tmpdir(), 'kg-extract-twins-'));
    writeFileSync(join(folder, 'wire.txt'), wire);
    writeFileSync(join(folder, 'wire-copy.txt'), copy);
    const r = await runCli(['extract', join(folder, 'wire.txt'), join(folder, 'wire-copy.txt'), '--jsonl']);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain('same text');
    expect(r.out.trim().split('\n').map((l) => (JSON.parse(l) as { doc: string }).doc)).toEqual(['wire', 'wire-copy']);
    // Each line is what the file gives read alone.
    const alone = await Promise.all(['wire.txt', 'wire-copy.txt'].map((f) => runCli(['extract', join(folder, f), '--jsonl'])));
    expect(r.out).toBe(alone.map((a) => a.out).join(''));
    const [, second] = r.out.trim().split('\n').map((l) => JSON.parse(l) as { statements: { content: [number, number] }[] });
    expect(second!.statements.length).toBeGreaterThan(0);
    for (const s of second!.statements) expect(copy.slice(...s.content)).toMatch(/^\S[^]*\S$/);
  });
});

describe('kg extract on a folder', () => {
  it.each([
    [['notes.md'], 1, '1 file in the folders not .txt, .html or .jsonl, skipped'],
    [['notes.md', 'picture.png'], 1, '2 files in the folders not .txt, .html or .jsonl, skipped'],
    [[], 1, null],
  ])('with %j beside an article reads %i file and says %j', async (others, lines, message) => {
    const folder = mkdtempSync(join(tmpdir(), 'kg-extract-'));
    copyFileSync(`${F}/wire.txt`, join(folder, 'wire.txt'));
    for (const name of others) writeFileSync(join(folder, name), 'Xi told Trump that the notes were private.\n');
    const r = await runCli(['extract', folder, '--jsonl']);
    expect(r.code, r.err).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(lines);
    if (message) expect(r.err).toContain(message);
    else expect(r.err).not.toContain('skipped');
  });
});

describe('kg extract with inputs it cannot read', () => {
  it('reads the rest, names the bad input and exits 3, as ingest does', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kg-extract-bad-'));
    copyFileSync(`${F}/wire.txt`, join(folder, 'wire.txt'));
    writeFileSync(join(folder, 'feed.jsonl'), '{"text": "The mayor said the bridge would reopen."}\nnot json\n');
    const r = await runCli(['extract', folder, '--jsonl']);
    expect(r.code).toBe(3);
    expect(r.err).toContain('feed.jsonl:2');
    expect(r.out.trim().split('\n')).toHaveLength(2);
  });
});
