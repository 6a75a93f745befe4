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

/** True when `inner` lies wholly inside `outer`. */
export function spanWithin(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
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
