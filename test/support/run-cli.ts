// Runs the CLI in-process with captured output, as a user would from a shell.
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `kg ARGS` with `env` as the whole environment, in `cwd`; stdout and stderr are captured. */
export async function runCli(args: string[], env: Record<string, string | undefined> = {}, cwd = process.cwd()): Promise<CliRun> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => (out += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => (err += t.endsWith('\n') ? t : `${t}\n`),
    interactive: false,
    env,
    cwd,
  };
  const code = await main(args, io);
  return { code, out, err };
}

/** Runs a `--json` command and parses what it printed; fails loudly with stderr otherwise. */
export async function runJson<T>(args: string[], env: Record<string, string | undefined> = {}): Promise<T> {
  const r = await runCli([...args, '--json'], env);
  if (r.code !== 0) throw new Error(`kg ${args.join(' ')} exited ${r.code}: ${r.err}`);
  return JSON.parse(r.out) as T;
}
