// Paths to article files: folders walked recursively, in a stable order, unknown kinds reported or counted.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { InputError, type Diagnostic } from '../core/index.js';

export type FileKind = 'text' | 'html' | 'jsonl';

const KINDS: Record<string, FileKind> = { '.txt': 'text', '.text': 'text', '.md': 'text', '.html': 'html', '.htm': 'html', '.jsonl': 'jsonl', '.ndjson': 'jsonl' };

// Read from a folder: the documented kinds only, so notes, READMEs and other files beside the
// articles stay out. The other KINDS are read when a file is named on its own.
const FOLDER_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.jsonl']);

export function fileKind(path: string): FileKind | undefined {
  return KINDS[extname(path).toLowerCase()];
}

export interface Listed {
  files: string[];
  diagnostics: Diagnostic[];
  /** Files under a named folder left out for their extension. */
  skipped: string[];
}

async function walk(dir: string, out: Listed): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, out);
    else if (e.isFile()) (FOLDER_EXTENSIONS.has(extname(path).toLowerCase()) ? out.files : out.skipped).push(path);
  }
}

/** Every article file named or under a named folder; a path that does not exist is an InputError. */
export async function listFiles(paths: readonly string[]): Promise<Listed> {
  const listed: Listed = { files: [], diagnostics: [], skipped: [] };
  for (const p of paths) {
    const info = await stat(p).catch((err: NodeJS.ErrnoException) => {
      throw new InputError(err.code === 'ENOENT' ? 'no such file or folder' : err.message, p, { cause: err });
    });
    if (info.isDirectory()) await walk(p, listed);
    else if (fileKind(p)) listed.files.push(p);
    else listed.diagnostics.push({ severity: 'error', reason: 'not a .txt, .html or .jsonl file; skipped', place: p, rule: 'unknown-kind' });
  }
  return { ...listed, files: [...new Set(listed.files)], skipped: [...new Set(listed.skipped)] };
}
