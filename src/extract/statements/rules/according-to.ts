// "According to X, ..." and "..., according to X": the source follows the cue, the rest of the sentence is the content.
import { tokenSpan, word } from '../context.js';
import { hasWords, trim } from '../content.js';
import type { Draft, Rule } from '../draft.js';
import { phraseStartingAt } from '../noun-phrase.js';
import { described } from '../subject.js';

/** Reads an "according to" attribution starting at token `i`. */
export const accordingTo: Rule = (ctx, s, i) => {
  const sentence = ctx.sentences[s]!;
  const tokens = sentence.tokens;
  if (word(tokens[i]) !== 'according' || word(tokens[i + 1]) !== 'to') return null;
  // The source runs to the comma that closes the phrase ("according to a complaint filed by the SEC,").
  // A phrase the chunker cannot read ("a just-released poll") still runs to that comma.
  let source = phraseStartingAt(tokens, i + 2);
  for (let k = i + 2; k < Math.min(tokens.length - 1, i + 20); k++) {
    if (/[;:"“”()]/.test(tokens[k]!.post)) break;
    if (/,/.test(tokens[k]!.post)) {
      if (!source || k > source.to) source = { from: i + 2, to: k };
      break;
    }
  }
  // "..., according to exit polls.": a short phrase the chunker cannot read ("exit" as a verb) closing the sentence is the source too.
  const rest = tokens.slice(i + 2);
  if (!source && i > 0 && rest.length > 0 && rest.length <= 8 && !rest.slice(0, -1).some((t) => /[,;:"“”()—–]/.test(t.post))) source = { from: i + 2, to: tokens.length - 1 };
  // "That's according to early results of exit polls conducted for the AP.": closing the sentence, the source runs to its end.
  let closing = i > 0 && source !== null && !tokens.slice(i + 2).some((t) => /[,;:"“”()—–]|^-+$/.test(t.post.trim().replace(/[.!?]+$/, '')));
  if (closing && source) source = { from: source.from, to: tokens.length - 1 };
  // "..., according to Andy Smith, director of the survey center, which ran the poll.": the description is the source's.
  if (!closing && i > 0 && source && /,/.test(tokens[source.to]!.post)) {
    const full = described(tokens, source);
    if (full && full.to === tokens.length - 1) {
      source = full;
      closing = true;
    }
  }
  const afterSource = source ? source.to + 1 : i + 2;
  const content = [];
  let cue = tokenSpan(tokens, i, i + 1);
  // The words before the phrase, unless only a conjunction or adverb opens the sentence.
  if (i > 0) {
    let before = trim(ctx.text, { start: sentence.span.start, end: tokens[i]!.span.start });
    // "That’s according to ...": the verb's contraction goes with the cue, as annotators mark it.
    const contracted = /['’]s$/.test(ctx.text.slice(before.start, before.end)) && before.end === tokens[i]!.span.start - 1;
    if (contracted) {
      cue = { start: before.end - 2, end: cue.end };
      before = { start: before.start, end: before.end - 2 };
    }
    if (hasWords(ctx.text, before, closing ? 1 : 3)) content.push(before);
  }
  if (afterSource < tokens.length) {
    const after = trim(ctx.text, { start: tokens[afterSource]!.span.start, end: sentence.span.end });
    if (hasWords(ctx.text, after, 2)) content.push(after);
  }
  if (content.length === 0) return null;
  const draft: Draft = {
    source: source ? tokenSpan(tokens, source.from, source.to) : null,
    cue,
    content,
    kind: 'indirect',
    addressee: null,
    reporters: [],
    sentence: s,
    rule: 'according-to',
    through: afterSource - 1,
  };
  return draft;
};
