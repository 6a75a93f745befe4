// Character spans: UTF-16 offsets into a document's text, end exclusive.

/** A half-open range `[start, end)` of UTF-16 code units in a document's text. */
export interface Span {
  start: number;
  end: number;
}

/** Where a fact was read: the document and the span of text that states it. */
export interface Evidence {
  documentId: string;
  span: Span;
}

/** The text a span covers. */
export function sliceSpan(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** True when `inner` lies within `outer`. */
export function spanContains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** True when the two spans share at least one character. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The smallest span covering every span given; undefined for none. */
export function coverSpans(spans: readonly Span[]): Span | undefined {
  if (spans.length === 0) return undefined;
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  return { start, end };
}

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

/**
 * Items with spans (a document's mentions) by where they start, to find those within a span by
 * binary search: asked for every sentence or statement, a scan of them all is quadratic in a long
 * document.
 */
export class SpanLookup<T extends { span: Span }> {
  private readonly order: number[];
  private readonly starts: number[];

  constructor(readonly items: readonly T[]) {
    this.order = items.map((_, i) => i).sort((a, b) => items[a]!.span.start - items[b]!.span.start || a - b);
    this.starts = this.order.map((i) => items[i]!.span.start);
  }

  /** Indices of the items within `span`, ascending: the items `filter` would give, in their order. */
  within(span: Span): number[] {
    const out: number[] = [];
    // An item within the span starts in it: only those are looked at.
    for (let k = lowerBound(this.starts, span.start); k < this.starts.length && this.starts[k]! <= span.end; k++) {
      const i = this.order[k]!;
      if (this.items[i]!.span.end <= span.end) out.push(i);
    }
    return out.sort((a, b) => a - b);
  }
}
