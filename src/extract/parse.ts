// One compromise parse per document, turned into plain tokens with offsets that every extractor shares.
import nlp from 'compromise';
import type { Span } from '../core/index.js';
import { monthsAsSurnames, namesPersonMay } from './month-surnames.js';

/** A word as compromise reads it, with its place in the document's text. */
export interface Token {
  /** Exactly `text.slice(span.start, span.end)`. */
  text: string;
  span: Span;
  /** Punctuation and spaces before and after the word, as compromise splits them. */
  pre: string;
  post: string;
  normal: string;
  tags: ReadonlySet<string>;
  /** compromise's chunk: `Noun`, `Verb`, `Adjective`, `Pivot`, ... */
  chunk: string;
  /** Index of the token in its sentence. */
  index: number;
}

export interface ParsedSentence {
  /** From the first token's start to the last token's end, with closing punctuation. */
  span: Span;
  tokens: Token[];
}

export interface ParsedText {
  text: string;
  sentences: ParsedSentence[];
}

/** Words compromise does not know, by tag: `{ 'xinhua': 'Organization' }`. */
export type Lexicon = Record<string, string>;

interface JsonTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: string[];
  chunk?: string;
  offset: { start: number; length: number };
}

// compromise holds a whole document's parse at several hundred bytes a character: a long document
// is parsed a block of paragraphs at a time, so memory stays that of one block. No sentence crosses
// a line break, so the blocks end at one.
const BLOCK = 50_000;

/** Where the text is cut into blocks for the parser: at a line break at or after every BLOCK characters. */
export function parseBlocks(text: string, block = BLOCK): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (text.length - start > block) {
    const cut = text.indexOf('\n', start + block);
    if (cut < 0) break;
    out.push({ start, end: cut + 1 });
    start = cut + 1;
  }
  out.push({ start, end: text.length });
  return out;
}

function parseBlock(text: string, block: Span, lexicon?: Lexicon): { terms: JsonTerm[] }[] {
  const slice = text.slice(block.start, block.end);
  const doc = lexicon ? nlp(slice, lexicon) : nlp(slice);
  const json = doc.json({ offset: true, terms: { offset: true } }) as { terms: JsonTerm[] }[];
  if (block.start > 0) for (const s of json) for (const t of s.terms) t.offset.start += block.start;
  return json;
}

/** Parses the text once; the offsets are UTF-16 indices into `text`. */
export function parseText(text: string, lexicon?: Lexicon): ParsedText {
  const sentences: ParsedSentence[] = [];
  for (const block of parseBlocks(text)) readSentences(parseBlock(text, block, lexicon), sentences);
  // "May wrote to Tusk": every reader sees the surname where the tagger saw a modal verb.
  const named = namesPersonMay(text);
  for (const s of sentences) s.tokens = monthsAsSurnames(s.tokens, named);
  return { text, sentences };
}

function readSentences(json: { terms: JsonTerm[] }[], sentences: ParsedSentence[]): void {
  for (const s of json) {
    const tokens: Token[] = attachLoneMarks(s.terms).map((t, index) => ({
      text: t.text,
      span: { start: t.offset.start, end: t.offset.start + t.offset.length },
      pre: t.pre,
      post: t.post,
      normal: t.normal,
      tags: new Set(t.tags),
      chunk: t.chunk ?? '',
      index,
    }));
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (!first || !last) continue;
    // Keep closing punctuation and quotes ('."') inside the sentence span.
    const closing = /^[^\s]*/.exec(last.post)?.[0] ?? '';
    const span = { start: first.span.start, end: last.span.end + closing.length };
    const prev = sentences[sentences.length - 1];
    if (prev && brokenAtAbbreviation(prev.tokens[prev.tokens.length - 1]!, first)) {
      prev.tokens.push(...tokens.map((t) => ({ ...t, index: prev.tokens.length + t.index })));
      prev.span = { start: prev.span.start, end: span.end };
    } else sentences.push({ span, tokens });
  }
}

// "strong coalitions, '' said Mr. Grant": a quotation mark standing apart is read as a word; it is
// punctuation of the word before it (of the word after it when it opens the sentence). An opening
// curly mark ("saying, “ you have to") stays a word of its own, which the quotation's start reads.
function attachLoneMarks(terms: readonly JsonTerm[]): JsonTerm[] {
  const out: JsonTerm[] = [];
  let carry = '';
  for (const t of terms) {
    if (/^['"”’]+$/.test(t.text)) {
      const prev = out[out.length - 1];
      if (prev) prev.post += t.pre + t.text + t.post;
      else carry += t.pre + t.text + t.post;
      continue;
    }
    out.push(carry ? { ...t, pre: carry + t.pre } : t);
    carry = '';
  }
  return out;
}

// Titles and "No." that the sentence splitter can take for a full stop: "the No. 2 Republican", "Sen. Reed".
const NUMBER_SIGN = /^nos?$/i;
const TITLES = /^(sen|sens|rep|reps|del|gov|gen|lt|maj|col|sgt|cpl|capt|adm|cmdr|dr|mr|mrs|ms|messrs|st|ft|mt|prof|rev|pres|supt|atty|amb|sec|hon)$/i;

function brokenAtAbbreviation(last: Token, next: Token): boolean {
  if (!/^\.\s*$/.test(last.post)) return false;
  if (NUMBER_SIGN.test(last.text)) return /^\d/.test(next.text);
  return TITLES.test(last.text) && /^\p{Lu}/u.test(next.text);
}
