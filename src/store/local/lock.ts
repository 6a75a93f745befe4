// One writer at a time: the store file is replaced whole on every write, so two writers would
// each save what they read plus their own documents and the last to save would drop the other's.
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreError } from '../../core/index.js';
import { unwritableStore } from './file.js';

/** The lock file of the store saved at `path`. */
export function lockPath(path: string): string {
  return `${path}.lock`;
}

/** True while a process with this id runs (EPERM: it runs, as another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(lock: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock of the store at `path` for this process and returns its release. A lock whose
 * process has died is taken over; a lock held by a live process is a StoreError naming it.
 * Synchronous, so the release can also run in an `exit` handler.
 */
export function lockStore(path: string): () => void {
  const lock = lockPath(path);
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (err) {
    throw unwritableStore(path, err);
  }
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw unwritableStore(path, err);
      const pid = holder(lock);
      // A lock file without a pid may be one being written this instant: treat it as held.
      if (attempt > 0 || pid === undefined || alive(pid)) {
        throw new StoreError(
          `the store ${path} is being written by process ${pid ?? '(unknown)'}; wait for it to finish, or remove ${lock} if that process is gone`,
          'locked',
          true,
          { cause: err },
        );
      }
      // Its writer died without releasing it: the store file itself is whole (it is replaced atomically).
      try {
        unlinkSync(lock);
      } catch (unlinkErr) {
        if ((unlinkErr as NodeJS.ErrnoException).code !== 'ENOENT') throw unwritableStore(path, unlinkErr);
      }
    }
  }
  const releaseOnExit = () => release();
  function release(): void {
    process.off('exit', releaseOnExit);
    // Only our own lock: a stale-lock takeover by another process must not be undone.
    if (holder(lock) !== process.pid) return;
    try {
      unlinkSync(lock);
    } catch {
      // Gone already, or its folder with it: nothing is held either way.
    }
  }
  process.on('exit', releaseOnExit);
  return release;
}
