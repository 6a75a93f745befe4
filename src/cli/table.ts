// Plain-text tables for the terminal: columns padded to their widest cell, long cells cut.

/** Cuts `text` to `max` characters, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Renders rows under a header; every cell is already a string. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Answers as JSON with `--json`, else as a table, or a line saying there are none. */
export function printRows<T>(io: { out: (text: string) => void }, json: boolean, rows: readonly T[], table: (rows: readonly T[]) => string, none: string): void {
  if (json) io.out(JSON.stringify(rows, null, 2));
  else io.out(rows.length ? table(rows) : none);
}
