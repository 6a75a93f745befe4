// Reading and writing the embedded store's file: graphology's JSON form, replaced atomically.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StoreError } from '../../core/index.js';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../graph/model.js';
import { normalizeNode } from '../../graph/normalize.js';

const FORMAT = 'newsgraph-local';
const VERSION = 1;

/** Loads the graph saved at `path`; a missing file is an empty graph. */
export async function loadGraphFile(path: string): Promise<KnowledgeGraph> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return createKnowledgeGraph();
    throw new StoreError(`cannot read the store file ${path}: ${(err as Error).message}`, 'unreadable-file', false, {
      cause: err,
    });
  }
  const graph = createKnowledgeGraph();
  try {
    const parsed = JSON.parse(raw) as { format?: string; version?: number; graph?: unknown };
    if (parsed.format !== FORMAT || parsed.version !== VERSION || typeof parsed.graph !== 'object') {
      throw new Error(`not a ${FORMAT} v${VERSION} file`);
    }
    graph.import(parsed.graph as Parameters<KnowledgeGraph['import']>[0]);
    // A file written before Document nodes kept their text and fingerprint lacks them: read as null, as the model has them.
    graph.updateEachNodeAttributes((_, a) => (a.label === 'Document' ? normalizeNode('Document', { ...a }) : a));
  } catch (err) {
    throw new StoreError(
      `the store file ${path} is not a newsgraph store (${(err as Error).message}); move it away or choose another with --store`,
      'corrupt-file',
      false,
      { cause: err },
    );
  }
  return graph;
}

/** Saves the graph to `path` through a temporary file, so a crash never leaves half a file. */
export async function saveGraphFile(path: string, graph: KnowledgeGraph): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(tmp, JSON.stringify({ format: FORMAT, version: VERSION, graph: graph.export() }));
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => {});
    throw unwritableStore(path, err);
  }
}

/** A file-system error while writing the store at `path`, as the error the CLI reports. */
export function unwritableStore(path: string, err: unknown): StoreError {
  return new StoreError(`cannot write the store file ${path}: ${(err as Error).message}`, 'unwritable-file', false, { cause: err });
}
