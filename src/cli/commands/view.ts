// `kg view --out PATH [--title TEXT]`: the stored graph as one self-contained HTML page.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../../core/index.js';
import { writeView } from '../../view/index.js';
import { parseFlags, STORE_OPTIONS, stringFlag } from '../args.js';
import type { CliIo } from '../io.js';
import { withStore } from '../open-store.js';

export const DEFAULT_VIEW_TITLE = 'Who said what to whom';

export async function runView(argv: readonly string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { ...STORE_OPTIONS, out: { type: 'string' }, title: { type: 'string' } }, 0);
  const out = stringFlag(p, 'out');
  if (!out) throw new UsageError('needs --out PATH (an .html file)');
  const path = resolve(io.cwd, out);
  // Checked before the store is read, so a typo in the path costs nothing.
  if (!existsSync(dirname(path))) throw new UsageError(`cannot write ${path}: the folder ${dirname(path)} does not exist`);
  const title = stringFlag(p, 'title') ?? DEFAULT_VIEW_TITLE;
  const data = await withStore(p, io, async (store) => writeView(await store.readGraph(), path, title));
  const summary = { path, actors: data.actors.length, links: data.links.length, statements: data.statements.length };
  io.err(`wrote ${summary.actors} actors, ${summary.links} said-to links and ${summary.statements} statements to ${path}`);
  if (p.values['json']) io.out(JSON.stringify(summary, null, 2));
  return 0;
}
