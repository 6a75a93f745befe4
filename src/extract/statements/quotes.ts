// Finds quotations at the character level, where a quote may run over several sentences or paragraphs.
import type { Span } from '../../core/index.js';

const OPEN = new Set(['“', '„', '«']);
const CLOSE = new Set(['”', '»']);
// Straight marks open or close depending on what surrounds them.
const STRAIGHT = new Set(['"']);

/**
 * The quotations of a text, marks included, in order and never overlapping.
 * A quotation left open at the end of a paragraph ends there: news style reopens the
 * mark at the start of the next paragraph when the quote goes on.
 */
export function findQuotes(text: string): Span[] {
  const quotes: Span[] = [];
  let open = -1;
  // British style: '‘We will not be bullied,’ the minister said.' A single quotation is read only
  // outside a double one, and its closing mark is no apostrophe ("don’t", "Xi’s"): no letter follows it.
  let single = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      if (open >= 0) quotes.push({ start: open, end: trimEnd(text, open, i) });
      open = -1;
      single = false;
      continue;
    }
    if (ch === '‘' && open < 0 && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? '')) {
      open = i;
      single = true;
      continue;
    }
    if (single) {
      if (ch === '’' && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) {
        quotes.push({ start: open, end: i + 1 });
        open = -1;
        single = false;
      }
      continue;
    }
    // Two apostrophes stand for a double quote in some newspapers' archives.
    const twin = ch === "'" && text[i + 1] === "'";
    if (!OPEN.has(ch) && !CLOSE.has(ch) && !STRAIGHT.has(ch) && !twin) continue;
    // "''... 'What did he mean?''' Mr. Hale said": a single mark closing just before the double one.
    const width = twin ? (open >= 0 && text[i + 2] === "'" ? 3 : 2) : 1;
    if (open < 0) {
      // A closing mark typed at the start of a line opens a quotation all the same.
      if (!CLOSE.has(ch) || i === 0 || text[i - 1] === '\n') open = i;
    } else if (!OPEN.has(ch) || (/[,.!?]/.test(text[i - 1] ?? '') && /\s/.test(text[i + 1] ?? ' '))) {
      // '“It is unusual,“ said': an opening mark typed after the closing punctuation closes the quotation.
      quotes.push({ start: open, end: i + width });
      open = -1;
    }
    i += width - 1;
  }
  if (open >= 0) quotes.push({ start: open, end: trimEnd(text, open, text.length) });
  return quotes.filter((q) => /[\p{L}\p{N}]/u.test(text.slice(q.start, q.end)));
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** The quotation containing `pos`, by binary search over `quotes` (sorted). */
export function quoteAt(quotes: readonly Span[], pos: number): Span | undefined {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!;
    if (pos < q.start) hi = mid - 1;
    else if (pos >= q.end) lo = mid + 1;
    else return q;
  }
  return undefined;
}

/** The first quotation starting at or after `pos`. */
export function quoteFrom(quotes: readonly Span[], pos: number): Span | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return quotes[lo];
}

/** The last quotation ending at or before `pos`. */
export function quoteBefore(quotes: readonly Span[], pos: number): Span | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return quotes[lo - 1];
}
