// `kg cypher FILE|QUERY`: runs a read query on Neo4j, with `--param name=value` parameters.
import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from '../../core/index.js';
import { boolFlag, parseFlags, STORE_OPTIONS } from '../args.js';
import type { CliIo } from '../io.js';
import { chooseStore, withStore } from '../open-store.js';
import { renderTable, truncate } from '../table.js';

function parseParams(raw: readonly string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const item of raw) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new UsageError(`--param wants name=value, got "${item}"`);
    const value = item.slice(eq + 1);
    // Numbers, booleans and JSON lists pass as themselves; anything else is a string.
    let parsed: unknown = value;
    try {
      parsed = JSON.parse(value);
    } catch {
      parsed = value;
    }
    params[item.slice(0, eq)] = parsed;
  }
  return params;
}

const cell = (v: unknown) => truncate(typeof v === 'string' ? v : JSON.stringify(v), 70);

export async function runCypher(argv: readonly string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { ...STORE_OPTIONS, param: { type: 'string', multiple: true } }, 1);
  const [target] = p.positionals;
  if (target === undefined) throw new UsageError('needs a .cypher file or a query');
  if (chooseStore(p, io).kind !== 'neo4j') {
    throw new UsageError('runs on Neo4j only: pass --neo4j [URI] or set NEO4J_URI');
  }
  if (target.endsWith('.cypher') && !existsSync(target)) throw new UsageError(`no such Cypher file: ${target}`);
  // A saved query file may end with a semicolon, which a single statement must not carry.
  const query = target.endsWith('.cypher') ? readFileSync(target, 'utf8').trim().replace(/;$/, '') : target;
  const params = parseParams((p.values['param'] as string[] | undefined) ?? []);
  const rows = await withStore(p, io, async (store) => {
    if (!('runCypher' in store)) throw new UsageError('this store cannot run Cypher');
    return (store as unknown as { runCypher(q: string, ps: Record<string, unknown>): Promise<Record<string, unknown>[]> }).runCypher(
      query,
      params,
    );
  });
  if (boolFlag(p, 'json')) io.out(JSON.stringify(rows, null, 2));
  else {
    const header = rows[0] ? Object.keys(rows[0]) : [];
    io.out(rows.length ? renderTable(header, rows.map((r) => header.map((h) => cell(r[h])))) : 'no rows');
  }
  return 0;
}
