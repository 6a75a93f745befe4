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

/** A store file as written before Document nodes kept their text and fingerprint. */
async function oldStoreFile(): Promise<string> {
  const path = tempFile();
  const store = await LocalStore.open(path);
  await store.write(buildGraph(sampleBatch()));
  await store.close();
  const saved = JSON.parse(readFileSync(path, 'utf8')) as { graph: { nodes: { attributes: Record<string, unknown> }[] } };
  for (const { attributes } of saved.graph.nodes) {
    if (attributes['label'] !== 'Document') continue;
    delete attributes['text'];
    delete attributes['fingerprint'];
  }
  writeFileSync(path, JSON.stringify(saved));
  return path;
}

runStoreContract('local', () => LocalStore.open(tempFile()), async () => LocalStore.open(await oldStoreFile()));

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
