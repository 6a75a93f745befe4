// Which files a path stands for: a folder's articles by their documented extensions, a named file by any known kind.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/ingest/files.js';

const folder = mkdtempSync(join(tmpdir(), 'kg-files-'));
const NAMES = ['a.txt', 'b.html', 'c.htm', 'd.jsonl', 'E.TXT', 'notes.md', 'f.text', 'g.ndjson', 'h.png', 'README', '.hidden.txt', 'sub/i.txt', 'sub/j.md'];
mkdirSync(join(folder, 'sub'));
for (const name of NAMES) writeFileSync(join(folder, name), 'Xi said talks would go ahead.\n');

describe('listFiles on a folder', () => {
  it('lists .txt, .html, .htm and .jsonl files, recursively, and counts the others as skipped', async () => {
    const listed = await listFiles([folder]);
    expect(listed.files.map((f) => f.slice(folder.length + 1))).toEqual(['E.TXT', 'a.txt', 'b.html', 'c.htm', 'd.jsonl', 'sub/i.txt']);
    expect(listed.skipped.map((f) => f.slice(folder.length + 1))).toEqual(['README', 'f.text', 'g.ndjson', 'h.png', 'notes.md', 'sub/j.md']);
    expect(listed.diagnostics).toEqual([]);
  });
});

describe('listFiles on a file named on its own', () => {
  it.each([
    ['notes.md', true],
    ['f.text', true],
    ['g.ndjson', true],
    ['a.txt', true],
    ['h.png', false],
  ])('%s is read: %s', async (name, read) => {
    const listed = await listFiles([join(folder, name)]);
    expect(listed.files).toEqual(read ? [join(folder, name)] : []);
    expect(listed.diagnostics.map((d) => d.rule)).toEqual(read ? [] : ['unknown-kind']);
    expect(listed.skipped).toEqual([]);
  });
});
