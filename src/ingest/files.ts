// Paths to article files: folders walked recursively, in a stable order, unknown kinds reported.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { InputError, type Diagnostic } from '../core/index.js';

export type FileKind = 'text' | 'html' | 'jsonl';

const KINDS: Record<string, FileKind> = { '.txt': 'text', '.text': 'text', '.md': 'text', '.html': 'html', '.htm': 'html', '.jsonl': 'jsonl', '.ndjson': 'jsonl' };

export function fileKind(path: string): FileKind | undefined {
  return KINDS[extname(path).toLowerCase()];
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, out);
    else if (e.isFile() && fileKind(path)) out.push(path);
  }
}

/** Every article file named or under a named folder; a path that does not exist is an InputError. */
export async function listFiles(paths: readonly string[]): Promise<{ files: string[]; diagnostics: Diagnostic[] }> {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const p of paths) {
    const info = await stat(p).catch((err: NodeJS.ErrnoException) => {
      throw new InputError(err.code === 'ENOENT' ? 'no such file or folder' : err.message, p, { cause: err });
    });
    if (info.isDirectory()) await walk(p, files);
    else if (fileKind(p)) files.push(p);
    else diagnostics.push({ severity: 'error', reason: 'not a .txt, .html or .jsonl file; skipped', place: p, rule: 'unknown-kind' });
  }
  return { files: [...new Set(files)], diagnostics };
}
