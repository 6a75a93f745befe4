// Where content starts and ends: past the adjuncts after a cue, up to the sentence end, trimmed as annotators trim it.
import type { Span } from '../../core/index.js';
import type { Token } from '../parse.js';
import { breaksAfter, tagged, word, type StatementContext } from './context.js';
import { finite } from './object-phrase.js';
import { quoteAt } from './quotes.js';

// Prepositions that open an adjunct between a cue and its content: "said on Monday", "told CNN in an interview".
const ADJUNCT_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'via', 'by', 'through', 'over', 'to', 'from', 'with', 'while', 'outside', 'inside', 'following', 'about', 'of', 'for', 'without']);
// A participle after these tells when the words were said: "said after meeting with aides".
const TIMING = new Set(['after', 'before', 'upon', 'since', 'while', 'when']);
const DATE_LEADS = new Set(['this', 'last', 'next']);
const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'later', 'earlier', 'again', 'also', 'repeatedly', 'recently', 'last', 'this', 'next', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'then', 'privately', 'publicly', 'flatly', 'bluntly', 'simply', 'frankly', 'once', 'twice']);

/**
 * The first token after the adjuncts that follow a cue ("on Monday", "in a statement", "by telephone").
 * Returns `k` itself when no adjunct follows.
 */
export function skipAdjuncts(tokens: readonly Token[], k: number): number {
  let i = k;
  for (let guard = 0; guard < 4 && i < tokens.length; guard++) {
    const t = tokens[i]!;
    const w = word(t);
    // "this week", "last month"; but "calls this a false narrative": "this" alone is what is said.
    const leadsDate = !DATE_LEADS.has(w) || tagged(tokens[i + 1], 'Date') || TIME_WORDS.has(word(tokens[i + 1]));
    // "said Monday's decision will ...": a day's possessive opens what was said.
    if ((TIME_WORDS.has(w) || tagged(t, 'Date')) && leadsDate && !tagged(t, 'Possessive')) {
      i++;
      continue;
    }
    if (TIMING.has(w) && tagged(tokens[i + 1], 'Gerund')) {
      const end = timingEnd(tokens, i + 2);
      if (end === null) break;
      i = end;
      continue;
    }
    if (!ADJUNCT_PREPOSITIONS.has(w)) break;
    // "agreed on Tuesday to ease restrictions": "to" before a bare word the tagger read as a noun is an infinitive.
    if (w === 'to' && !tagged(tokens[i + 1], 'Determiner', 'Possessive', 'ProperNoun', 'Plural', 'Pronoun', 'Value', 'Acronym')) break;
    // The adjunct's noun phrase: an optional determiner, then modifiers and nouns.
    let j = i + 1;
    if (tagged(tokens[j], 'Determiner', 'Possessive') && word(tokens[j]) !== 'that') j++;
    while (j < tokens.length && (adjunctWord(tokens[j]!) || misreadNoun(tokens, j)) && !opensClause(tokens, j, i + 1)) {
      j++;
      if (breaksAfter(tokens[j - 1])) break;
    }
    if (j === i + 1) break;
    i = j;
  }
  return i;
}

// "said after meeting with aides, ..." or "... that": where the participle's phrase ends, at its comma
// or before "that"; null when a verb of its own shows it is a clause.
function timingEnd(tokens: readonly Token[], k: number): number | null {
  for (let j = k; j < tokens.length; j++) {
    const t = tokens[j]!;
    // "said after meeting with aides he would decide": a pronoun and its verb open what was said.
    if (word(t) === 'that' || (j > k && tagged(t, 'Pronoun') && !tagged(t, 'Possessive') && finite(tokens[j + 1]))) return j;
    if (tagged(t, 'Verb') && !tagged(t, 'Gerund', 'Participle', 'Noun')) return null;
    if (breaksAfter(t)) return /,/.test(t.post) ? j + 1 : null;
  }
  return tokens.length;
}

// "said on Monday voters deserve better", "said at the rally workers want more": a noun after a day,
// or a plural after the adjunct's noun, with a verb after it is the subject of what was said.
function opensClause(tokens: readonly Token[], j: number, from: number): boolean {
  if (j === from) return false;
  const prev = tokens[j - 1]!;
  const t = tokens[j]!;
  if (tagged(prev, 'Date') && !tagged(t, 'Date') && !TIME_WORDS.has(word(t))) return true;
  return tagged(t, 'Plural') && !breaksAfter(t) && finite(tokens[j + 1]);
}

// A word of the adjunct's noun phrase: modifiers and nouns, never a second determiner.
function adjunctWord(t: Token): boolean {
  return tagged(t, 'Noun', 'Adjective', 'Value', 'ProperNoun', 'Date', 'Acronym') && !tagged(t, 'Pronoun', 'Determiner') && word(t) !== 'that';
}

// "in a follow-up interview", "in a video message": a hyphenated word or a bare verb after the
// adjunct's determiner or noun is a noun the tagger misread, unless an object follows it.
function misreadNoun(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const prev = tokens[j - 1]!;
  // ("said in court prosecutors lack evidence": after a plural the verb is the clause's own.)
  if (breaksAfter(prev) || !tagged(prev, 'Determiner', 'Possessive', 'Noun', 'Adjective', 'Hyphenated') || tagged(prev, 'Plural') || (tagged(prev, 'Pronoun') && !tagged(prev, 'Possessive'))) return false;
  if (tagged(t, 'Hyphenated')) return true;
  // "wrote in her ruling that ...", "said in a briefing": a gerund after a determiner is a noun.
  if (tagged(t, 'Gerund') && tagged(prev, 'Determiner', 'Possessive') && (word(tokens[j + 1]) === 'that' || breaksAfter(t) || j + 1 >= tokens.length)) return true;
  if (!tagged(t, 'Infinitive', 'PresentTense') || tagged(t, 'Auxiliary', 'Modal', 'Copula', 'Gerund', 'PastTense')) return false;
  const next = tokens[j + 1];
  return !next || breaksAfter(t) || (tagged(next, 'Preposition', 'Noun') && !tagged(next, 'Pronoun', 'Determiner'));
}

/**
 * The content start after a cue: "that" when it comes after the adjuncts, else the first word after them;
 * past the sentence end when only adjuncts follow ("said on Monday.").
 */
export function contentStart(tokens: readonly Token[], k: number): number {
  return skipAdjuncts(tokens, k);
}

/**
 * Trims spaces and a closing full stop, comma or colon, the way annotators end content, and a
 * separator line after it ("\n\n___" between the items of a running story).
 */
export function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:_*=#~]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * From token `i` of sentence `s` to the end of the sentence, running on to the end of a quotation
 * that opens inside and closes in a later sentence.
 */
export function toSentenceEnd(ctx: StatementContext, s: number, i: number): Span | null {
  const sentence = ctx.sentences[s]!;
  const first = sentence.tokens[i];
  if (!first) return null;
  let end = sentence.span.end;
  const q = quoteAt(ctx.quotes, end - 1);
  if (q && q.end > end && q.start >= first.span.start - 1) end = q.end;
  const span = trim(ctx.text, { start: first.span.start - (/[“"]$/.test(first.pre) ? 1 : 0), end });
  return span.end > span.start ? span : null;
}

/** True when the span has at least `n` words. */
export function hasWords(text: string, span: Span, n = 1): boolean {
  return (text.slice(span.start, span.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= n;
}
