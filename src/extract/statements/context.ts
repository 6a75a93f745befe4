// What every rule reads about one document: its sentences, tokens, quotations and paragraphs.
import type { NewsDocument, Span } from '../../core/index.js';
import type { ParsedSentence, ParsedText, Token } from '../parse.js';
import { findQuotes, quoteAt } from './quotes.js';

/** One document prepared for the statement rules. */
export interface StatementContext {
  doc: NewsDocument;
  text: string;
  sentences: readonly ParsedSentence[];
  quotes: readonly Span[];
  /** Start offsets of the paragraphs (lines), ascending. */
  paragraphStarts: readonly number[];
}

/** Builds the context once per document. */
export function makeContext(doc: NewsDocument, parsed: ParsedText): StatementContext {
  const paragraphStarts = [0];
  for (let i = doc.text.indexOf('\n'); i >= 0; i = doc.text.indexOf('\n', i + 1)) paragraphStarts.push(i + 1);
  const sentences = parsed.sentences.flatMap(splitAfterQuotes);
  return { doc, text: doc.text, sentences, quotes: findQuotes(doc.text), paragraphStarts };
}

// compromise keeps '"We go now." He said it' as one sentence; a full stop inside closing quotes ends one.
const QUOTED_STOP = /[.!?]["”'’]+\s/;

function splitAfterQuotes(sentence: ParsedSentence): ParsedSentence[] {
  const out: ParsedSentence[] = [];
  let from = 0;
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (!QUOTED_STOP.test(t.post) || tagged(t, 'Abbreviation') || !/^\p{Lu}/u.test(next.text) || (/[?!]/.test(t.post) && cueClauseAt(tokens, i + 1))) continue;
    out.push(slice(tokens, from, i));
    from = i + 1;
  }
  if (from === 0) return [sentence];
  out.push(slice(tokens, from, tokens.length - 1));
  return out;
}

// '"Who are they?" Trump said.': a question or exclamation closing a quotation, then its speaker.
const SPEECH = /^(said|says|say|told|tells|added|adds|asked|asks|wrote|writes|continued|explained|recalled|replied|responded|insisted|noted|declared|exclaimed|shouted|joked|quipped|tweeted)$/;

function cueClauseAt(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    if (SPEECH.test(word(tokens[k]))) return true;
    if (breaksAfter(tokens[k])) return false;
  }
  return false;
}

function slice(tokens: readonly Token[], from: number, to: number): ParsedSentence {
  const part = tokens.slice(from, to + 1);
  const last = part[part.length - 1]!;
  const closing = /^[^\s]*/.exec(last.post)?.[0] ?? '';
  return { span: { start: part[0]!.span.start, end: last.span.end + closing.length }, tokens: part };
}

/** Index of the paragraph holding `pos`. */
export function paragraphOf(ctx: StatementContext, pos: number): number {
  const starts = ctx.paragraphStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** True when the token lies inside a quotation. */
export function quoted(ctx: StatementContext, t: Token): boolean {
  return quoteAt(ctx.quotes, t.span.start) !== undefined;
}

/** "on Thursday evening": the part of the day goes with the date. */
export const TIME_OF_DAY = /^(morning|afternoon|evening|night)$/;

/** True when the word carries any of the tags. */
export function tagged(t: Token | undefined, ...tags: string[]): boolean {
  return t !== undefined && tags.some((x) => t.tags.has(x));
}

/** The word in lower case without its punctuation. */
export function word(t: Token | undefined): string {
  return t ? t.normal.replace(/[^\p{L}\p{N}'-]/gu, '') : '';
}

/** True when punctuation after the token breaks a phrase (comma, colon, dash, quote, bracket). */
export function breaksAfter(t: Token | undefined): boolean {
  return t !== undefined && /[,;:"“”()\[\]—–]|\s-\s|''/.test(t.post);
}

/** True when punctuation before the token breaks a phrase. */
export function breaksBefore(t: Token | undefined): boolean {
  return t !== undefined && /[,;:"“”()\[\]—–]|''/.test(t.pre);
}

/** True when token `k` runs on into the next token with no punctuation breaking them. */
export function joined(tokens: readonly Token[], k: number): boolean {
  return tokens[k + 1] !== undefined && !breaksAfter(tokens[k]) && !breaksBefore(tokens[k + 1]);
}

/** The span from the first token's start to the last token's end. */
export function tokenSpan(tokens: readonly Token[], from: number, to: number): Span {
  return { start: tokens[from]!.span.start, end: tokens[to]!.span.end };
}
