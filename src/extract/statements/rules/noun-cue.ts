// "Trump's claim that ...", "a New York Times report that ...": a noun of saying with its owner and its clause.
import { tagged, tokenSpan, word } from '../context.js';
import { hasWords, toSentenceEnd } from '../content.js';
import type { Rule } from '../draft.js';
import { phraseEndingAt } from '../noun-phrase.js';

const NOUN_CUES = new Set(['claim', 'claims', 'report', 'reports', 'assertion', 'argument', 'statement', 'belief', 'view', 'suggestion', 'promise', 'warning', 'allegation', 'allegations', 'insistence', 'contention', 'announcement', 'accusation', 'accusations', 'prediction', 'admission', 'remarks', 'comments']);

/** Reads a noun cue followed by "that" at token `i`; its owner, when named before it, is the source. */
export const nounCue: Rule = (ctx, s, i) => {
  const tokens = ctx.sentences[s]!.tokens;
  const t = tokens[i]!;
  if (!NOUN_CUES.has(word(t)) || !tagged(t, 'Noun') || word(tokens[i + 1]) !== 'that') return null;
  // The owner: the words of the noun's own phrase before it ("Trump's", "a New York Times").
  const phrase = phraseEndingAt(tokens, i);
  let source = null;
  if (phrase && phrase.from < i) {
    let from = phrase.from;
    while (from < i && tagged(tokens[from], 'Determiner') && !tagged(tokens[from + 1], 'ProperNoun', 'Possessive')) from++;
    const owner = { from, to: i - 1 };
    const named = tokens.slice(owner.from, i).some((x) => tagged(x, 'ProperNoun', 'Possessive', 'Person', 'Organization') || /['’]s$/.test(x.text));
    if (named && owner.from < i) source = tokenSpan(tokens, owner.from, owner.to);
  }
  if (!source) return null;
  const content = toSentenceEnd(ctx, s, i + 1);
  if (!content || !hasWords(ctx.text, content, 3)) return null;
  return {
    source,
    cue: t.span,
    content: [content],
    kind: 'indirect',
    addressee: null,
    reporters: [],
    sentence: s,
    rule: 'noun-cue',
    through: i + 1,
  };
};
