// "Trump has been criticized by his rivals for skipping the debate": the one acted on, with what
// follows the cue, is the content; the agent after "by", when there is one, is the source.
import type { Span } from '../../../core/index.js';
import { passiveCue } from '../cue-words.js';
import { breaksAfter, quoted, tagged, tokenSpan, word } from '../context.js';
import { hasWords, trim } from '../content.js';
import { cueFrame, cueSpan, rangeSpan } from '../cue-frame.js';
import { bareNounPhrase, type TokenRange } from '../noun-phrase.js';
import type { Rule } from '../draft.js';
import type { Token } from '../../parse.js';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
// Passives other rules read ("was asked", "was quoted as saying", "is expected to").
const OTHERS = new Set(['asked', 'quoted', 'expected', 'predicted', 'projected']);
// Participles of saying, asking and judging.
const SAYING =
  /^(?:said|told|argued|claimed|accused|criticized|criticised|condemned|described|dismissed|echoed|lambasted|questioned|rejected|warned|booed|challenged|portrayed|deemed|regarded|reviled|revered|celebrated|recommended|praised|attacked|blasted|denounced|mocked|ridiculed|urged|called|labeled|labelled|branded|hailed|lauded|slammed|denied|disputed|debated|interpreted|seen|viewed|considered|reported|revealed|announced|mentioned|requested|cited|endorsed|backed|supported|opposed)$/;
// A preposition a state of mind takes for what it is about: "were worried about", "were startled by".
// Not "to": "were reluctant to comment" is no state about anything said.
const ABOUT = new Set(['about', 'of', 'over', 'with', 'by', 'at', 'on', 'in']);

/** Reads a passive cue ("was criticized", "has been praised by ...") at the participle `i`. */
export const passive: Rule = (ctx, s, i) => {
  const tokens = ctx.sentences[s]!.tokens;
  const t = tokens[i]!;
  if (!BE.has(word(tokens[i - 1])) && !(BE.has(word(tokens[i - 2])) && tagged(tokens[i - 1], 'Adverb'))) return null;
  const reading = OTHERS.has(word(t)) || quoted(ctx, t) ? null : passiveCue(word(t));
  if (!reading) return null;
  // Annotators also mark acts ("was nominated", "was approved", "was charged"); the graph keeps
  // the passives that report words or judgements.
  if (reading === 'patient' && !SAYING.test(word(t))) return null;
  const frame = cueFrame(tokens, i);
  if (!frame.subject) return null;
  const subject = tokenSpan(tokens, frame.subject.from, frame.subject.to);
  // The participle itself ends the cue; a preposition after it ("criticized for") opens the rest.
  const last = frame.complement ? frame.cueTo - 1 : frame.cueTo;
  if (reading === 'state') {
    // "Voters were worried about the economy": the subject holds the state, the rest is what it is about.
    const about = ABOUT.has(word(tokens[last + 1])) && !breaksAfter(tokens[last]) ? last + 1 : -1;
    if (word(tokens[last + 1]) === 'to') return null;
    const rest = restOf(tokens, about >= 0 ? about + 1 : last + 1);
    if (!rest) return null;
    const content = trim(ctx.text, tokenSpan(tokens, rest.from, rest.to));
    if (!hasWords(ctx.text, content)) return null;
    const cue = cueSpan(frame);
    return {
      source: subject,
      cue: { start: cue.start, end: tokens[about >= 0 ? about : last]!.span.end },
      content: [content],
      kind: 'indirect',
      addressee: null,
      reporters: [],
      sentence: s,
      rule: 'passive',
      through: frame.cueTo,
    };
  }
  const content: Span[] = [subject];
  let agent: TokenRange | null = null;
  const rest = restOf(tokens, last + 1);
  if (rest) {
    // "was criticized by his rivals for ...", "has been attacked on the speeches by Sanders": the agent
    // after "by" is the source, wherever it stands in the rest.
    const by = tokens.findIndex((x, k) => k >= rest.from && k <= rest.to && word(x) === 'by');
    agent = by >= 0 ? bareNounPhrase(tokens, by + 1, rest.to + 1) : null;
    const parts: TokenRange[] = agent ? [{ from: rest.from, to: by - 1 }, { from: agent.to + 1, to: rest.to }] : [rest];
    for (const p of parts) if (p.to >= p.from && !onlyWhen(tokens, p)) content.push(trim(ctx.text, tokenSpan(tokens, p.from, p.to)));
  }
  if (!content.every((c) => hasWords(ctx.text, c))) return null;
  const cue = cueSpan(frame);
  return {
    source: rangeSpan(tokens, agent),
    cue: { start: cue.start, end: tokens[last]!.span.end },
    content,
    kind: 'indirect',
    addressee: null,
    reporters: [],
    sentence: s,
    rule: 'passive',
    // Nobody is named as the source: none is taken from the statement before.
    unattributed: agent === null,
    through: frame.cueTo,
  };
};

// "on Friday", "last week": when the cue happened says nothing of its subject.
const WHEN = /^(?:on|in|at|early|late|last|this|next|earlier|later|today|yesterday|tonight|week|month|year|morning|afternoon|evening|night)$/;
function onlyWhen(tokens: readonly Token[], r: TokenRange): boolean {
  return tokens.slice(r.from, r.to + 1).every((x) => tagged(x, 'Date') || WHEN.test(word(x)));
}

// What the cue says of its subject after it ("for skipping the debate", "as a traitor"), up to the
// first break; nothing when the clause ends or a new one begins.
function restOf(tokens: readonly Token[], from: number): TokenRange | null {
  if (from >= tokens.length || breaksAfter(tokens[from - 1])) return null;
  let to = from;
  while (to + 1 < tokens.length && !breaksAfter(tokens[to]) && !/^(and|but|while|when|after|before|because)$/.test(word(tokens[to + 1]))) to++;
  return { from, to };
}
