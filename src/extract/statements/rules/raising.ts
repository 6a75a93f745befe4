// "Melania seems to have vanished": the subject of seem/appear is part of the content, and nobody is named as source;
// unless what seems is an act of saying or thinking ("She appeared to imply that ...").
import { breaksAfter, tagged, tokenSpan, word } from '../context.js';
import { toSentenceEnd } from '../content.js';
import { cueFrame, cueSpan } from '../cue-frame.js';
import { RAISING, isCueVerb } from '../cue-words.js';
import { clauseAfterCue } from './clause-after-cue.js';
import type { Rule } from '../draft.js';

const EXPECTED = new Set(['expected', 'predicted', 'projected', 'poised']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been']);

/** Reads an impression ("X seems to ...") at the verb `i`. */
export const raising: Rule = (ctx, s, i) => {
  const tokens = ctx.sentences[s]!.tokens;
  // "The vote is expected to pass": a passive expectation reads like an impression.
  const expected = EXPECTED.has(word(tokens[i])) && BE.has(word(tokens[i - 1]));
  if (!RAISING.has(word(tokens[i])) && !expected) return null;
  // "seemed a reminder", "appeared headed for defeat", "sounded presidential"; but "appeared on CNN" is a visit.
  const next = tokens[i + 1];
  const complement = word(next) === 'to' || (RAISING.has(word(tokens[i])) && next !== undefined && !breaksAfter(tokens[i]) && (!tagged(next, 'Preposition', 'Conjunction') || word(next) === 'like'));
  if (!complement) return null;
  // "She appeared to imply that ...", "Cruz seemed to blame the network": the subject performs the act.
  if (word(next) === 'to' && !expected && isCueVerb(tokens, i + 2) && !/^(be|have)$/.test(word(tokens[i + 2]))) return clauseAfterCue(ctx, s, i + 2);
  const frame = cueFrame(tokens, i);
  if (!frame.subject) return null;
  const rest = toSentenceEnd(ctx, s, i + 1);
  if (!rest) return null;
  return {
    source: null,
    cue: cueSpan(frame),
    content: [tokenSpan(tokens, frame.subject.from, frame.subject.to), rest],
    kind: 'indirect',
    addressee: null,
    reporters: [],
    sentence: s,
    rule: 'raising',
    through: i,
  };
};
