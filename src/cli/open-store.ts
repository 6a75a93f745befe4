// Chooses and opens the store: Neo4j when asked for (flag or NEO4J_URI), else the embedded file.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { PathError } from '../core/index.js';
import type { GraphStore } from '../store/port.js';
import { LocalStore } from '../store/local/local-store.js';
import { LOCAL_NEO4J, stringFlag, type Parsed } from './args.js';
import type { CliIo } from './io.js';

/** Where the embedded store lives when neither --store nor KG_STORE says. */
export const DEFAULT_STORE = '.kg/graph.json';
export const LOCAL_NEO4J_URI = 'bolt://127.0.0.1:7687';
export const DEFAULT_NEO4J_USER = 'neo4j';
export const DEFAULT_NEO4J_PASSWORD = 'newsgraph-dev';

export interface StoreChoice {
  kind: 'neo4j' | 'local';
  /** The URI or file path, for messages. */
  location: string;
}

export function chooseStore(p: Parsed, io: CliIo): StoreChoice {
  const flag = stringFlag(p, 'neo4j');
  const uri = flag === LOCAL_NEO4J ? LOCAL_NEO4J_URI : (flag ?? io.env['NEO4J_URI']);
  if (uri) return { kind: 'neo4j', location: uri };
  const path = stringFlag(p, 'store') ?? io.env['KG_STORE'] ?? DEFAULT_STORE;
  return { kind: 'local', location: resolve(io.cwd, path) };
}

/** `read` for queries and exports; `write` for ingest, which creates the embedded store and holds its lock. */
export type StoreUse = 'read' | 'write';

export async function openStore(p: Parsed, io: CliIo, use: StoreUse = 'read'): Promise<GraphStore> {
  const choice = chooseStore(p, io);
  if (choice.kind === 'local') {
    // Reading a store that is not there would answer "nothing matches" to a typo in its path.
    if (use === 'read' && !existsSync(choice.location)) {
      throw new PathError(`no store at ${choice.location}; run kg ingest first`, choice.location);
    }
    return LocalStore.open(choice.location, { lock: use === 'write' });
  }
  // Loaded on demand so the embedded path never pays for the driver.
  const { openNeo4jStore } = await import('../store/neo4j/index.js');
  return openNeo4jStore({
    uri: choice.location,
    user: io.env['NEO4J_USER'] ?? DEFAULT_NEO4J_USER,
    password: io.env['NEO4J_PASSWORD'] ?? DEFAULT_NEO4J_PASSWORD,
  });
}

/** Runs `work` with the store open and always closes it. */
export async function withStore<T>(p: Parsed, io: CliIo, work: (store: GraphStore) => Promise<T>, use: StoreUse = 'read'): Promise<T> {
  const store = await openStore(p, io, use);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
