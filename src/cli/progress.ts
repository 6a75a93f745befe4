// Progress of long work on stderr: a redrawn bar on a terminal, a line every tenth otherwise.
import type { CliIo } from './io.js';

export type Progress = (done: number, total: number) => void;

/** A progress reporter for a step named `label`; silent for totals too small to matter. */
export function progressBar(io: CliIo, label: string, minTotal = 3): Progress {
  let lastDecile = -1;
  return (done, total) => {
    if (total < minTotal) return;
    const ratio = total === 0 ? 1 : done / total;
    if (io.interactive) {
      const width = 30;
      const filled = Math.round(ratio * width);
      const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
      io.err(`\r${label} [${bar}] ${done}/${total}${done === total ? '\n' : '\r'}`);
      return;
    }
    const decile = Math.floor(ratio * 10);
    if (decile !== lastDecile) {
      lastDecile = decile;
      io.err(`${label}: ${done}/${total}`);
    }
  };
}
