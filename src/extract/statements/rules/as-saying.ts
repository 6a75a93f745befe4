// "Xinhua quoted Xi as saying that ...": Xi is the source, the one who quotes is the reporter.
import { tokenSpan, word } from '../context.js';
import { contentStart, toSentenceEnd } from '../content.js';
import { cueFrame, rangeSpan } from '../cue-frame.js';
import type { Rule } from '../draft.js';
import { phraseStartingAt } from '../noun-phrase.js';

const QUOTING = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing']);
const SAYING = new Set(['saying', 'telling', 'stating', 'describing', 'calling', 'writing']);

/** Reads "REPORTER quoted SOURCE as saying CONTENT" at the quoting verb `i`. */
export const asSaying: Rule = (ctx, s, i) => {
  const tokens = ctx.sentences[s]!.tokens;
  if (!QUOTING.has(word(tokens[i]))) return null;
  const frame = cueFrame(tokens, i);
  // Active ("Xinhua quoted Xi as saying") or passive ("Xi was quoted as saying").
  const named = phraseStartingAt(tokens, i + 1);
  const asAt = named ? named.to + 1 : i + 1;
  if (word(tokens[asAt]) !== 'as' || !SAYING.has(word(tokens[asAt + 1]))) return null;
  const saying = asAt + 1;
  const source = named ?? frame.subject;
  const reporter = named ? frame.subject : null;
  const sayingFrame = cueFrame(tokens, saying);
  const content = toSentenceEnd(ctx, s, contentStart(tokens, sayingFrame.next));
  if (!content) return null;
  return {
    source: rangeSpan(tokens, source),
    cue: tokenSpan(tokens, asAt, saying),
    content: [content],
    kind: 'indirect',
    addressee: rangeSpan(tokens, sayingFrame.addressee),
    reporters: reporter ? [tokenSpan(tokens, reporter.from, reporter.to)] : [],
    sentence: s,
    rule: 'as-saying',
    through: saying,
  };
};
