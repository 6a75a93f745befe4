// `kg extract --jsonl`: one line of predictions per file read, named as the scorer names documents.
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
