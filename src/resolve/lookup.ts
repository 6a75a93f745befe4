// Statements of one document found by where their content lies. Every pronoun asks which statement
// holds it; scanning all of them for each made resolution quadratic in the document's length.
import { lowerBound, type Span, type StatementSpans } from '../core/index.js';

/** The statements of a document by the spans of their content. */
export class StatementLookup {
  /** Every content span with its statement's index, by start. */
  private readonly parts: { span: Span; statement: number }[];
  private readonly starts: number[];
  /** The furthest end of the content spans up to each part: no part before one whose reach falls short of a span holds it. */
  private readonly reach: number[];

  constructor(statements: readonly StatementSpans[]) {
    const parts = statements.flatMap((s, statement) => s.content.map((span) => ({ span, statement })));
    this.parts = parts.map((_, i) => i).sort((a, b) => parts[a]!.span.start - parts[b]!.span.start || a - b).map((i) => parts[i]!);
    this.starts = this.parts.map((p) => p.span.start);
    let furthest = -Infinity;
    this.reach = this.parts.map((p) => (furthest = Math.max(furthest, p.span.end)));
  }

  /** Index of the first statement (in list order) whose content holds `span`, or -1. */
  holding(span: Span): number {
    let first = -1;
    for (let k = lowerBound(this.starts, span.start + 1) - 1; k >= 0 && this.reach[k]! >= span.end; k--) {
      const p = this.parts[k]!;
      if (p.span.end >= span.end && (first < 0 || p.statement < first)) first = p.statement;
    }
    return first;
  }
}
