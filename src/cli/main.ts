// The CLI: finds the command, runs it, and turns every error into a message and an exit code.
import { EnvironmentError, InputError, NewsgraphError, StoreError, UsageError } from '../core/index.js';
import { runCypher } from './commands/cypher.js';
import { runEntities } from './commands/entities.js';
import { runExport } from './commands/export.js';
import { runExtract } from './commands/extract.js';
import { runIngest } from './commands/ingest.js';
import { runAbout, runConversation, runCorroborate } from './commands/investigate.js';
import { runRelations } from './commands/relations.js';
import { runStatements } from './commands/statements.js';
import { runView } from './commands/view.js';
import { processIo, type CliIo } from './io.js';

interface Command {
  name: string;
  usage: string;
  run: (argv: readonly string[], io: CliIo) => Promise<number>;
}

const STORE_FLAGS = '[--store PATH | --neo4j [URI]]';

/** Every command, in the order help lists them. */
const COMMANDS: Command[] = [
  { name: 'ingest', usage: `ingest PATH... ${STORE_FLAGS} [--json]   read .txt/.html/.jsonl files or folders into the graph`, run: runIngest },
  { name: 'statements', usage: `statements [--speaker X] [--to Y] [--about Z] [--document ID] ${STORE_FLAGS} [--json]   who said what to whom`, run: runStatements },
  { name: 'entities', usage: `entities [--name X] ${STORE_FLAGS} [--json]   people, organizations and places with aliases and roles`, run: runEntities },
  { name: 'relations', usage: `relations [--actor A] [--other B] [--type T] ${STORE_FLAGS} [--json]   interactions between actors`, run: runRelations },
  { name: 'conversation', usage: `conversation A B ${STORE_FLAGS} [--json]   what A and B said to each other and did, by date`, run: runConversation },
  { name: 'about', usage: `about ENTITY ${STORE_FLAGS} [--json]   who said what about an entity`, run: runAbout },
  { name: 'corroborate', usage: `corroborate ${STORE_FLAGS} [--json]   claims carried by several documents or reporters`, run: runCorroborate },
  { name: 'export', usage: `export --format graphml|gexf|json|csv|cypher --out PATH ${STORE_FLAGS}   the graph for Gephi, neo4j-admin, scripts`, run: runExport },
  { name: 'view', usage: `view --out FILE.html [--title TEXT] ${STORE_FLAGS}   the graph as one offline HTML page: search, click for statements`, run: runView },
  { name: 'cypher', usage: 'cypher FILE|QUERY [--param k=v]... [--neo4j [URI]] [--json]   run Cypher on Neo4j', run: runCypher },
  { name: 'extract', usage: 'extract FILE... [--jsonl]   statements read from files, no store (JSONL for scoring)', run: runExtract },
];

export const EXIT = { ok: 0, bug: 1, usage: 2, input: 3, store: 4, environment: 5 } as const;

function help(): string {
  return [
    'kg: a who-said-what-to-whom knowledge graph of news articles',
    '',
    'usage: kg COMMAND [options]',
    ...COMMANDS.map((c) => `  kg ${c.usage}`),
    '',
    'The embedded store is .kg/graph.json unless --store or KG_STORE says otherwise.',
    'Neo4j is used with --neo4j [URI] or NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD); --neo4j alone',
    'means the local server of `npm run neo4j:start`.',
  ].join('\n');
}

/** Maps an error to its exit code and the message the user sees. */
export function describeError(err: unknown): { code: number; message: string } {
  if (err instanceof UsageError) return { code: EXIT.usage, message: `${err.message}\n\n${help()}` };
  if (err instanceof InputError) return { code: EXIT.input, message: `${err.file}: ${err.message}` };
  if (err instanceof StoreError) {
    return { code: EXIT.store, message: `store error (${err.code}${err.retriable ? ', retriable' : ''}): ${err.message}` };
  }
  if (err instanceof EnvironmentError) return { code: EXIT.environment, message: err.message };
  if (err instanceof NewsgraphError) return { code: EXIT.bug, message: err.message };
  return { code: EXIT.bug, message: `unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}` };
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    return await command.run(rest, io);
  } catch (err) {
    const { code, message } = describeError(err);
    io.err(`kg ${name}: ${message}`);
    return code;
  }
}
