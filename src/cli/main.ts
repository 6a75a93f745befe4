// The CLI: finds the command, runs it, and turns every error into a message and an exit code.
import { EnvironmentError, InputError, NewsgraphError, PathError, StoreError, UsageError } from '../core/index.js';
import { runCypher } from './commands/cypher.js';
import { runDocuments } from './commands/documents.js';
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
  /** Arguments and flags, as `kg NAME` takes them. */
  synopsis: string;
  /** What it does, in a line. */
  summary: string;
  run: (argv: readonly string[], io: CliIo) => Promise<number>;
}

const STORE_FLAGS = '[--store PATH | --neo4j [URI]]';

/** Every command, in the order help lists them. */
const COMMANDS: Command[] = [
  { name: 'ingest', synopsis: `PATH... ${STORE_FLAGS} [--json]`, summary: 'read .txt/.html/.jsonl files or folders into the graph', run: runIngest },
  { name: 'statements', synopsis: `[--speaker X] [--to Y] [--about Z] [--document ID] ${STORE_FLAGS} [--json]`, summary: 'who said what to whom', run: runStatements },
  { name: 'entities', synopsis: `[--name X] ${STORE_FLAGS} [--json]`, summary: 'people, organizations and places with aliases and roles', run: runEntities },
  { name: 'documents', synopsis: `[--id ID] ${STORE_FLAGS} [--json]`, summary: 'the documents stored, with statements and relations read from each', run: runDocuments },
  { name: 'relations', synopsis: `[--actor A] [--other B] [--type T] ${STORE_FLAGS} [--json]`, summary: 'interactions between actors', run: runRelations },
  { name: 'conversation', synopsis: `A B ${STORE_FLAGS} [--json]`, summary: 'what A and B said to each other and did, by date', run: runConversation },
  { name: 'about', synopsis: `ENTITY ${STORE_FLAGS} [--json]`, summary: 'who said what about an entity', run: runAbout },
  { name: 'corroborate', synopsis: `${STORE_FLAGS} [--json]`, summary: 'claims carried by several documents or reporters', run: runCorroborate },
  { name: 'export', synopsis: `--format graphml|gexf|json|csv|cypher --out PATH ${STORE_FLAGS} [--json]`, summary: 'the graph for Gephi, neo4j-admin, scripts', run: runExport },
  { name: 'view', synopsis: `--out FILE.html [--title TEXT] ${STORE_FLAGS} [--json]`, summary: 'the graph as one offline HTML page: search, click for statements', run: runView },
  { name: 'cypher', synopsis: 'FILE|QUERY [--param k=v]... [--neo4j [URI]] [--json]', summary: 'run Cypher on Neo4j', run: runCypher },
  { name: 'extract', synopsis: 'FILE... [--jsonl]', summary: 'statements read from files, no store (JSONL for scoring)', run: runExtract },
];

const STORE_NOTE = [
  'The embedded store is .kg/graph.json unless --store or KG_STORE says otherwise.',
  'Neo4j is used with --neo4j [URI] or NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD); --neo4j alone',
  'means the local server of `npm run neo4j:start`.',
];

export const EXIT = { ok: 0, bug: 1, usage: 2, input: 3, store: 4, environment: 5 } as const;

function help(): string {
  return [
    'kg: a who-said-what-to-whom knowledge graph of news articles',
    '',
    'usage: kg COMMAND [options]',
    ...COMMANDS.map((c) => `  kg ${c.name} ${c.synopsis}   ${c.summary}`),
    '',
    ...STORE_NOTE,
  ].join('\n');
}

/** The help of one command: `kg NAME --help`. */
function commandHelp(c: Command): string {
  const lines = [`usage: kg ${c.name} ${c.synopsis}`, '', c.summary];
  return [...lines, ...(c.synopsis.includes(STORE_FLAGS) ? ['', ...STORE_NOTE] : [])].join('\n');
}

/** True when the arguments ask for help; after `--` everything is an argument, even `-h`. */
function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** Maps an error to its exit code and the message the user sees; a usage error shows the command's usage. */
export function describeError(err: unknown, command?: Command): { code: number; message: string } {
  if (err instanceof PathError) return { code: EXIT.usage, message: err.message };
  if (err instanceof UsageError) return { code: EXIT.usage, message: `${err.message}\n\n${command ? commandHelp(command) : help()}` };
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
    if (asksForHelp(rest)) {
      io.out(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run(rest, io);
  } catch (err) {
    const { code, message } = describeError(err, command);
    io.err(`kg ${name}: ${message}`);
    return code;
  }
}
