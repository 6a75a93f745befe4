// Diagnostics: problems with the data (not bugs), reported with their place and carried on.
import type { Span } from './span.js';

export type Severity = 'warning' | 'error';

/** A problem found in the input, with where it is and which rule found it. */
export interface Diagnostic {
  severity: Severity;
  /** What is wrong, in words a user can act on. */
  reason: string;
  /** The file, document id or `file:line` where it was found. */
  place: string;
  span?: Span;
  /** A short name for the check that raised it, e.g. `empty-document`. */
  rule: string;
}

/** `place:start-end reason` (or `place reason` without a span), as printed by the CLI. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.span ? `${d.place}:${d.span.start}-${d.span.end}` : d.place;
  return `${where} ${d.severity}: ${d.reason} [${d.rule}]`;
}
