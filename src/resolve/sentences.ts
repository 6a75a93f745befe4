// Sentence starts found by punctuation, enough for resolution to say "same or previous sentence".

/** Offsets where sentences start: after a sentence end or a line break. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/[.!?]["”’)]*\s+(?=["“‘(]?\p{Lu})|\n+/gu)) starts.push(m.index + m[0].length);
  return [...new Set(starts)].sort((a, b) => a - b);
}

/** Index of the sentence holding `offset`. */
export function sentenceIndex(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
