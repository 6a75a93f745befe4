// "Melania seems to have vanished": the subject of seem/appear is part of the content, and nobody is named as source.
import { isCueVerb } from '../cue-words.js';
import { tokenSpan, word } from '../context.js';
import { toSentenceEnd } from '../content.js';
import { cueFrame, cueSpan } from '../cue-frame.js';
import type { Rule } from '../draft.js';

const RAISING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/** Reads an impression ("X seems to ...") at the verb `i`. */
export const raising: Rule = (ctx, s, i) => {
  const tokens = ctx.sentences[s]!.tokens;
  if (!RAISING.has(word(tokens[i])) || !isCueVerb(tokens, i) || word(tokens[i + 1]) !== 'to') return null;
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
