// The embedded store's lock: one writer at a time, a dead writer's lock taken over, readers never locked.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../src/core/index.js';
import { LocalStore } from '../../../src/store/local/local-store.js';
import { lockPath } from '../../../src/store/local/lock.js';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'kg-lock-')), 'graph.json');

/** The id of a process that has run and exited, so no process has it (barring reuse). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

/** A store path whose folder is a plain file. */
function underAFile(): string {
  const file = tempFile();
  writeFileSync(file, '');
  return join(file, 'graph.json');
}

describe('local store lock', () => {
  it('holds STORE.lock with its pid while open to write, and removes it on close', async () => {
    const path = tempFile();
    const store = await LocalStore.open(path, { lock: true });
    expect(readFileSync(lockPath(path), 'utf8')).toBe(String(process.pid));
    await store.close();
    expect(existsSync(lockPath(path))).toBe(false);
  });

  it.each([
    ['held by this process', () => String(process.pid), String(process.pid)],
    ['with no pid yet', () => '', '(unknown)'],
  ])('refuses a second writer while the lock is %s, naming the store and the holder', async (_, content, named) => {
    const path = tempFile();
    writeFileSync(lockPath(path), content());
    const err = await LocalStore.open(path, { lock: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('locked');
    expect((err as StoreError).retriable).toBe(true);
    expect((err as Error).message).toContain(path);
    expect((err as Error).message).toContain(`process ${named}`);
    // The holder's lock stays.
    expect(readFileSync(lockPath(path), 'utf8')).toBe(content());
  });

  it('takes over a lock whose process is gone', async () => {
    const path = tempFile();
    writeFileSync(lockPath(path), String(deadPid()));
    const store = await LocalStore.open(path, { lock: true });
    expect(readFileSync(lockPath(path), 'utf8')).toBe(String(process.pid));
    await store.close();
    expect(existsSync(lockPath(path))).toBe(false);
  });

  it('lets a second writer in once the first has closed', async () => {
    const path = tempFile();
    await (await LocalStore.open(path, { lock: true })).close();
    const again = await LocalStore.open(path, { lock: true });
    await again.close();
  });

  it('opens to read while a writer holds the lock, and leaves the lock alone', async () => {
    const path = tempFile();
    const writer = await LocalStore.open(path, { lock: true });
    const reader = await LocalStore.open(path);
    await reader.close();
    expect(readFileSync(lockPath(path), 'utf8')).toBe(String(process.pid));
    await writer.close();
  });

  it.each([
    ['in a folder that is a file', underAFile, /ENOTDIR|EEXIST/],
    ['in a folder no one may create files in', () => '/proc/graph.json', /ENOENT|EACCES/],
  ])('names the store file and the cause when the lock cannot be created %s', async (_, where, cause) => {
    const path = where();
    const err = await LocalStore.open(path, { lock: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('unwritable-file');
    expect((err as Error).message).toContain(`cannot write the store file ${path}: `);
    expect((err as Error).message).toMatch(cause);
  });
});
