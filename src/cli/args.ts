// Flag parsing on top of node's parseArgs, with the one flag it cannot express: `--neo4j [URI]`.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../core/index.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

/** Flags every command that touches a store accepts. */
export const STORE_OPTIONS: Options = {
  store: { type: 'string' },
  neo4j: { type: 'string' },
  json: { type: 'boolean' },
};

/** `--neo4j` given without a URI means the local server; parseArgs wants a value, so supply a marker. */
export const LOCAL_NEO4J = 'local';

function expandNeo4jFlag(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    out.push(a);
    if (a === '--neo4j') {
      const next = argv[i + 1];
      if (next !== undefined && next.includes('://')) {
        out.push(next);
        i++;
      } else out.push(LOCAL_NEO4J);
    }
  }
  return out;
}

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/**
 * Parses `argv` against `options`; an unknown flag is a UsageError naming it, and so is an argument
 * beyond the `maxPositionals` the command takes ("kg statements Brauner" forgot --speaker: no silent
 * answer about everyone).
 */
export function parseFlags(argv: readonly string[], options: Options, maxPositionals = Number.POSITIVE_INFINITY): Parsed {
  let parsed: Parsed;
  try {
    const { values, positionals } = parseArgs({
      args: expandNeo4jFlag(argv),
      options,
      allowPositionals: true,
      strict: true,
    });
    parsed = { values: values as Parsed['values'], positionals };
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const extra = parsed.positionals.slice(maxPositionals);
  if (extra.length > 0) {
    const takes = maxPositionals === 0 ? 'takes no arguments' : `takes ${maxPositionals} argument${maxPositionals === 1 ? '' : 's'}`;
    throw new UsageError(`${takes}; unexpected ${extra.map((a) => `"${a}"`).join(' ')}`);
  }
  return parsed;
}

export function stringFlag(p: Parsed, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function boolFlag(p: Parsed, name: string): boolean {
  return p.values[name] === true;
}
