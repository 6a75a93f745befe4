// The CLI's output channels, passed in so commands can be run and checked without a terminal.

export interface CliIo {
  /** Results: tables, JSON, JSONL. */
  out: (text: string) => void;
  /** Progress, warnings and errors. */
  err: (text: string) => void;
  /** True when `err` is a terminal, so progress can redraw one line. */
  interactive: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

export function processIo(): CliIo {
  return {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith('\n') || t.endsWith('\r') ? t : `${t}\n`),
    interactive: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}
