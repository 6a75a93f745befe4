// "Asked whether he would run, Trump said ...", "When asked about the leak, ...", "He was asked, '...'":
// the question is an attribution of its own, whose asker goes unnamed unless "by" names them.
import type { Span } from '../../../core/index.js';
import { breaksAfter, quoted, tokenSpan, word } from '../context.js';
import { phraseStartingAt } from '../noun-phrase.js';
import { hasWords, skipAdjuncts, trim } from '../content.js';
import type { Rule } from '../draft.js';
import { quoteFrom } from '../quotes.js';

// Words that may stand right before a sourceless "asked".
const LEADS = new Set(['when', 'after', 'once', 'if', 'being', 'before', 'while']);
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/** Reads an unattributed question at the participle "asked" at token `i`. */
export const asked: Rule = (ctx, s, i) => {
  const tokens = ctx.sentences[s]!.tokens;
  const t = tokens[i]!;
  if (word(t) !== 'asked' || quoted(ctx, t)) return null;
  const prev = tokens[i - 1];
  const passive = prev !== undefined && PASSIVE.has(word(prev)) && !breaksAfter(prev);
  if (prev !== undefined && !passive && !LEADS.has(word(prev)) && !breaksAfter(prev)) return null;
  // '"Is the plan dead?" asked the senator': an inverted cue after the quotation, which names its asker.
  if (prev !== undefined && /[?!,]?["”]\s*$|''\s*$/.test(prev.post) && quoted(ctx, prev)) return null;
  let cueFrom = passive ? i - 1 : i;
  let cueTo = i;
  // "He was asked, '...'": the quotation after the cue is the question.
  if (passive && /[,:]/.test(t.post)) {
    const q = quoteFrom(ctx.quotes, t.span.end);
    if (!q || /[\p{L}\p{N}]/u.test(ctx.text.slice(t.span.end, q.start))) return null;
    return draft(s, tokenSpan(tokens, cueFrom, cueTo), [q], i);
  }
  if (breaksAfter(t)) return null;
  let start = i + 1;
  // "Asked by a reporter whether ...": the one who asked is named after all.
  const asker = word(tokens[start]) === 'by' && !breaksAfter(tokens[start]) ? phraseStartingAt(tokens, start + 1) : null;
  // "When asked by reporters, the mayor said ...": no question follows the asker.
  if (asker && breaksAfter(tokens[asker.to])) return null;
  if (asker) start = asker.to + 1;
  if (word(tokens[start]) === 'about' || word(tokens[start]) === 'for') {
    // "asked by the chairman about ...": the cue keeps the preposition only right after "asked".
    if (!asker) cueTo = start;
    start++;
  } else start = skipAdjuncts(tokens, start);
  const first = tokens[start];
  if (!first) return null;
  // The question runs to the comma that closes the participle clause.
  let end = start;
  while (end < tokens.length - 1 && !/,/.test(tokens[end]!.post)) end++;
  // ('"...," he said when asked which candidate she backs.': after "when" the question may end the sentence.)
  // ("When asked at the conference about the merger, she defended ...": not when the adjuncts closed the clause.)
  const closed = tokens.slice(i, start).some((x) => breaksAfter(x));
  if (end === tokens.length - 1 && !passive && (closed || !(prev !== undefined && LEADS.has(word(prev))))) return null;
  const content = trim(ctx.text, { start: first.span.start - (/[“"]$/.test(first.pre) ? 1 : 0), end: tokens[end]!.span.end + (/^[”"]/.test(tokens[end]!.post) ? 1 : 0) });
  if (!hasWords(ctx.text, content, 1)) return null;
  if (cueFrom > 0 && word(tokens[cueFrom]) === 'being') cueFrom++;
  const source = asker ? tokenSpan(tokens, asker.from, asker.to) : null;
  return draft(s, tokenSpan(tokens, cueFrom, cueTo), [content], end, source);
};

function draft(sentence: number, cue: Span, content: Span[], through: number, source: Span | null = null) {
  return { source, cue, content, kind: 'indirect' as const, addressee: null, reporters: [], sentence, rule: 'asked', unattributed: source === null, through };
}
