// "The plan is dead, Trump said on Monday." and "The plan, he said, is dead.": the clause around the cue is the content.
import type { Span } from '../../../core/index.js';
import { isCueVerb } from '../cue-words.js';
import { quoted, tagged, word } from '../context.js';
import type { Token } from '../../parse.js';
import { hasWords, skipAdjuncts, trim } from '../content.js';
import { cueFrame, cueSpan, rangeSpan } from '../cue-frame.js';
import type { Rule } from '../draft.js';
import { finite } from '../object-phrase.js';
import { subjectAfter } from '../subject.js';

// Verbs that stand before their speaker: ", said Smith", ", wrote the editors".
const INVERTING = /^(said|says|say|added|adds|wrote|writes|explained|noted|argued|continued|recalled)$/;

// Words opening the writer's own clause after a cue clause: a time, a circumstance, a contrast.
const SUBORDINATORS = new Set(['while', 'when', 'after', 'before', 'since', 'as', 'but']);

// The words before the cue at `first` are only an adjunct: "Last month", "In 2019", "Weighing in on the discussion".
function adjunctOnly(tokens: readonly Token[], first: number): boolean {
  const lead = tokens[0]!;
  return first <= 2 || tagged(lead, 'Preposition', 'Date', 'Adverb', 'Gerund') || (tagged(lead, 'PastTense') && !tagged(lead, 'Noun'));
}

// A name opens the words at `k`: "Brad Bannon", "lobbyist Charlie Black".
function namedAt(tokens: readonly Token[], k: number): boolean {
  const phrase = subjectAfter(tokens, k);
  return phrase !== null && tokens.slice(phrase.from, Math.min(phrase.to, phrase.from + 3) + 1).some((x) => tagged(x, 'Person', 'ProperNoun') && /^\p{Lu}/u.test(x.text));
}

/** Reads a cue clause set off by a comma after its content, at the cue verb `i`. */
export const clauseBeforeCue: Rule = (ctx, s, i) => {
  const sentence = ctx.sentences[s]!;
  const tokens = sentence.tokens;
  const t = tokens[i]!;
  if (!isCueVerb(tokens, i) || quoted(ctx, t)) return null;
  const frame = cueFrame(tokens, i);
  if (frame.passive) return null;
  // "..., said Rep. Cummings, the top Democrat": a name after a cue set off by a comma is the source.
  // "The mayor, who won in May, is calling for ...": a subject closing its own aside is no content.
  const aside = frame.subject !== null && (frame.subject.to < frame.cueFrom - 1 || tokens.slice(frame.subject.from, frame.subject.to).some((x) => /,/.test(x.post)));
  const commaBefore = frame.cueFrom > 0 && /,/.test(tokens[frame.cueFrom - 1]!.post);
  // "..., forcing her to fight on two fronts, said Brad Bannon, a pollster": a name after a bare
  // "said" speaks, whatever the clause before it looks like.
  const named = commaBefore && aside && frame.cueFrom === i && INVERTING.test(word(t)) && namedAt(tokens, frame.next);
  const inverted = commaBefore && (!aside || named);
  // A participle never comes before its speaker: ", calling it a deal" names what was called, not who.
  // Nor does a preposition that opens what was said: ", asked about his claims" names the topic.
  const after = (!frame.subject || inverted) && !/ing$/.test(word(t)) && !frame.complement ? subjectAfter(tokens, frame.next) : null;
  const subject = after && inverted ? null : frame.subject;
  const first = subject ? subject.from : frame.cueFrom;
  const prev = tokens[first - 1];
  if (!prev || !/[,—–]/.test(prev.post)) return null;
  const source = subject ?? after;
  // '..., Cruz said that ..., adding that ...': a participle with no speaker of its own continues its clause.
  if (!source && /ing$/.test(word(t))) return null;
  const rest = skipAdjuncts(tokens, after ? after.to + 1 : frame.next);
  const content: Span[] = [];
  const opening = /[“"]$/.test(tokens[0]!.pre) ? 1 : 0;
  const before = trim(ctx.text, { start: sentence.span.start - opening, end: tokens[first]!.span.start });
  // A short opening ("The museum, he said, ...") is enough when the content resumes after the cue.
  // "That, they say, will be easier": a demonstrative alone stands for what was said before.
  const anaphor = /^(?:that|this)$/i.test(ctx.text.slice(before.start, before.end));
  if (!hasWords(ctx.text, before, rest < tokens.length ? (anaphor ? 1 : 2) : 3)) return null;
  content.push(before);
  const clause = tokens.slice(0, first).some((x) => finite(x) && !/^\p{Lu}/u.test(x.text));
  // After a clause, the words after the cue clause may be the writer's: a time with no comma ("...,
  // the mayor told her aides as she drafted the speech"), unless a clause of the writer's opens the
  // sentence ("As the president spoke, Trump responded from the heart as he ..."); the words after a
  // named speaker's closing comma ("..., said Ms. Ortiz, with games every week"); "on condition of anonymity".
  const tail = after ? after.to + 1 : frame.next;
  const time = SUBORDINATORS.has(word(tokens[rest])) && tokens.slice(rest + 1, rest + 4).some(finite) && !SUBORDINATORS.has(word(tokens[0]));
  const afterName = after !== null && inverted && INVERTING.test(word(t)) && namedAt(tokens, after.from) && /,/.test(tokens[after.to]!.post);
  const anonymity = word(tokens[tail]) === 'on' && word(tokens[tail + 1]) === 'condition';
  const writersTail = clause && rest < tokens.length && (time || afterName || anonymity);
  // "The plan, he said, is dead": the content resumes after the comma that closes the cue clause.
  const resumes = rest < tokens.length && /,/.test(tokens[rest - 1]!.post);
  if (rest < tokens.length && !resumes && !writersTail) return null;
  // "The talks will go on, Spicer said, adding that ...": a participle after the cue makes a statement of its own,
  // unless only an adjunct stands before the cue ("Last month, the group warned, arguing ...").
  const adding = rest < tokens.length && tagged(tokens[rest], 'Gerund') && isCueVerb(tokens, rest);
  if (adding && adjunctOnly(tokens, first)) return null;
  // Nor does a time or a contrast after it resume a clause ("..., he said, as he left the building",
  // "..., he said, but gave no details"); after a noun phrase alone it does ("The vote, the senator
  // said, as expected, was close").
  // Nor a participle of the writer's after a clause: "..., the official said, speaking on condition of anonymity".
  const writers = tagged(tokens[rest], 'Gerund') && !tagged(tokens[rest], 'Noun');
  const circumstance = rest < tokens.length && clause && ((SUBORDINATORS.has(word(tokens[rest])) && word(tokens[rest + 1]) !== 'of') || writers);
  if (resumes && !adding && !circumstance) {
    // A quotation resuming the clause keeps its opening mark, as it keeps its closing one.
    const mark = /(?:["“]|'')$/.exec(tokens[rest]!.pre)?.[0].length ?? 0;
    content.push(trim(ctx.text, { start: tokens[rest]!.span.start - mark, end: sentence.span.end }));
  }
  return {
    source: rangeSpan(tokens, source),
    cue: cueSpan(frame),
    content,
    // ''A quoted start'' of a sentence, Mr. X said: the quotation may go on in the next sentences.
    kind: quoted(ctx, tokens[0]!) ? 'direct' : 'indirect',
    addressee: rangeSpan(tokens, frame.addressee),
    reporters: [],
    sentence: s,
    rule: 'clause-before-cue',
    through: rest - 1,
  };
};
