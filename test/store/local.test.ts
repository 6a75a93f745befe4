import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/core/index.js';
import { buildGraph } from '../../src/graph/build.js';
import { LocalStore } from '../../src/store/local/local-store.js';
import { sampleBatch } from '../support/batch-fixture.js';
import { runStoreContract } from './contract.js';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'kg-local-')), 'graph.json');

runStoreContract('local', () => LocalStore.open(tempFile()));

describe('local store file', () => {
  it('keeps what was written across reopening', async () => {
    const path = tempFile();
    const first = await LocalStore.open(path);
    await first.write(buildGraph(sampleBatch()));
    const counts = await first.counts();
    const again = await LocalStore.open(path);
    expect(await again.counts()).toEqual(counts);
    expect(await again.statements()).toEqual(await first.statements());
  });

  it('refuses a file that is not a store, naming it, and leaves it untouched', async () => {
    const path = tempFile();
    writeFileSync(path, '{"hello": 1}');
    const err = await LocalStore.open(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('corrupt-file');
    expect((err as Error).message).toContain(path);
    expect(readFileSync(path, 'utf8')).toBe('{"hello": 1}');
  });
});
