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

/**
 * Lists of spans (each statement's content, each sentence's extent) by where each span starts, to
 * find the lists holding a span by binary search rather than by scanning them all for every span asked about.
 */
export class HolderLookup {
  /** Every span with the index of its list, by start. */
  private readonly parts: { span: Span; list: number }[];
  private readonly starts: number[];
  /** The furthest end of the spans up to each part: no part at or before one that falls short of a span holds it. */
  private readonly reach: number[];

  constructor(lists: readonly (readonly Span[])[]) {
    const parts = lists.flatMap((spans, list) => spans.map((span) => ({ span, list })));
    this.parts = parts.map((_, i) => i).sort((a, b) => parts[a]!.span.start - parts[b]!.span.start || a - b).map((i) => parts[i]!);
    this.starts = this.parts.map((p) => p.span.start);
    let furthest = -Infinity;
    this.reach = this.parts.map((p) => (furthest = Math.max(furthest, p.span.end)));
  }

  /** Indices of the lists with a span holding `span`, ascending, each once. */
  holders(span: Span): number[] {
    const out = new Set<number>();
    for (let k = lowerBound(this.starts, span.start + 1) - 1; k >= 0 && this.reach[k]! >= span.end; k--) {
      if (this.parts[k]!.span.end >= span.end) out.add(this.parts[k]!.list);
    }
    return [...out].sort((a, b) => a - b);
  }
}
