// Sentence starts found by punctuation, enough for resolution to say "same or previous sentence".

// "Mr. Tribe", "Sen. Reed", "Laurence H. Tribe": a title or an initial is no sentence end ("the U.S." may be).
const END = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sens?|Reps?|Gov|Gen|Lt|Col|Capt|Sgt|St|Prof|Rev|Maj|Adm|Del|Ft|Mt|No))(?<!(?:^|[\s(])\p{Lu})[.!?]["”’')]*\s+(?=["“‘'(]?\p{Lu})|\n+/gu;

/** Offsets where sentences start: after a sentence end or a line break. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(END)) starts.push(m.index + m[0].length);
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
