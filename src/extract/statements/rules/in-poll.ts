// "In a Post-ABC poll released Sunday, Clinton led by 8 points" and "Trump leads in the polls":
// the poll is the source of the finding around it, with "in" as the cue.
import { breaksAfter, tagged, tokenSpan, word } from '../context.js';
import { isCueVerb } from '../cue-words.js';
import { hasWords, trim } from '../content.js';
import type { Rule } from '../draft.js';
import { phraseStartingAt } from '../noun-phrase.js';

const FINDINGS = new Set(['poll', 'polls', 'survey', 'surveys', 'average', 'averages', 'polling']);

/** Reads a finding attributed to a poll at the preposition `i`. */
export const inPoll: Rule = (ctx, s, i) => {
  const sentence = ctx.sentences[s]!;
  const tokens = sentence.tokens;
  if (word(tokens[i]) !== 'in') return null;
  const phrase = phraseStartingAt(tokens, i + 1);
  if (!phrase) return null;
  // The poll heads the phrase ("the average of state polls"), not a thing of it ("the poll booth").
  let head = false;
  for (let k = phrase.from; k <= phrase.to; k++) {
    if (FINDINGS.has(word(tokens[k])) && (k === phrase.to || /^(of|from|by|for|at)$/.test(word(tokens[k + 1])))) head = true;
  }
  if (!head) return null;
  // "a poll released Sunday", "surveys leading up to the caucuses": the poll's description runs to the next break.
  let to = phrase.to;
  if (!breaksAfter(tokens[to]) && tagged(tokens[to + 1], 'Verb') && /(ed|ing)$/.test(word(tokens[to + 1]))) {
    while (to + 1 < tokens.length && !breaksAfter(tokens[to])) to++;
  }
  // "Some 20 percent of people in a recent poll said ...": the poll describes the speakers of the verb after it.
  if (to + 1 < tokens.length && !breaksAfter(tokens[to]) && isCueVerb(tokens, to + 1)) return null;
  const content = [];
  const before = trim(ctx.text, { start: sentence.span.start, end: tokens[i]!.span.start });
  if (hasWords(ctx.text, before, 3)) content.push(before);
  if (to + 1 < tokens.length) {
    const after = trim(ctx.text, { start: tokens[to + 1]!.span.start, end: sentence.span.end });
    if (hasWords(ctx.text, after, 3)) content.push(after);
  }
  if (content.length === 0) return null;
  return {
    source: tokenSpan(tokens, phrase.from, to),
    cue: tokenSpan(tokens, i, i),
    content,
    kind: 'indirect',
    addressee: null,
    reporters: [],
    sentence: s,
    rule: 'in-poll',
    through: to,
  };
};
