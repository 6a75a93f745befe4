// Mentions and statements of one document found by where they lie. Every statement, relation and
// pronoun asks which mentions or statements hold a span; scanning the whole document for each
// made resolution quadratic in its length. The answers come in the lists' own order, as a scan gives them.
import type { Mention, Span, StatementSpans } from '../core/index.js';

/** The first index of `sorted` (ascending) whose value is at least `value`. */
export function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indices of a list ordered by `key`, ties in list order. */
function orderBy<T>(items: readonly T[], key: (x: T) => number): number[] {
  return items.map((_, i) => i).sort((a, b) => key(items[a]!) - key(items[b]!) || a - b);
}

/** The mentions of a document by where they start. */
export class MentionLookup {
  private readonly order: number[];
  private readonly starts: number[];

  constructor(readonly mentions: readonly Mention[]) {
    this.order = orderBy(mentions, (m) => m.span.start);
    this.starts = this.order.map((i) => mentions[i]!.span.start);
  }

  /** Indices of the mentions within `span`, ascending. */
  within(span: Span): number[] {
    const out: number[] = [];
    // A mention within the span starts in it: only those are looked at.
    for (let k = lowerBound(this.starts, span.start); k < this.starts.length && this.starts[k]! <= span.end; k++) {
      const i = this.order[k]!;
      if (this.mentions[i]!.span.end <= span.end) out.push(i);
    }
    return out.sort((a, b) => a - b);
  }
}

/** The statements of a document by the spans of their content. */
export class StatementLookup {
  /** Every content span with its statement's index, by start. */
  private readonly parts: { span: Span; statement: number }[];
  private readonly starts: number[];
  /** The furthest end of the content spans up to each part: no part before one whose reach falls short of a span holds it. */
  private readonly reach: number[];

  constructor(statements: readonly StatementSpans[]) {
    const parts = statements.flatMap((s, statement) => s.content.map((span) => ({ span, statement })));
    this.parts = orderBy(parts, (p) => p.span.start).map((i) => parts[i]!);
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
