// 'He added: "..."' and 'Lavrov said on Monday, "..."': a quotation right after the cue is its content.
import type { Span } from '../../../core/index.js';
import { finiteCue, isCueVerb } from '../cue-words.js';
import { breaksAfter, quoted, tagged, word } from '../context.js';
import { trim } from '../content.js';
import { cueFrame, cueSpan, rangeSpan } from '../cue-frame.js';
import type { Rule } from '../draft.js';
import { quoteFrom } from '../quotes.js';
import { phraseStartingAt } from '../noun-phrase.js';
import { PERSONAL, described } from '../subject.js';
import { beforeMainClause } from '../subordinate.js';
import { finite } from '../object-phrase.js';

/** Reads a cue followed by a quotation at the cue verb `i`. */
export const cueBeforeQuote: Rule = (ctx, s, i) => {
  const sentence = ctx.sentences[s]!;
  const tokens = sentence.tokens;
  const t = tokens[i]!;
  if (!isCueVerb(tokens, i) || quoted(ctx, t)) return null;
  const frame = cueFrame(tokens, i);
  if (frame.passive) return null;
  const end = tokens[frame.next - 1]!.span.end;
  const q = quoteFrom(ctx.quotes, end);
  if (!q) return null;
  const gap = ctx.text.slice(end, q.start);
  // 'The downturn, he said, "could be a good time to borrow"': a quotation opening on the verb finishes
  // the clause the cue interrupts, which the clause rule reads whole.
  const aside = frame.subject !== null && frame.subject.from > 0 && /,/.test(tokens[frame.subject.from - 1]!.post);
  const opener = tokens.find((x) => x.span.start >= q.start);
  const lead = aside ? ctx.text.slice(sentence.span.start, tokens[frame.subject!.from]!.span.start) : '';
  const verb = opener !== undefined && /^\p{Ll}/u.test(opener.text) && tagged(opener, 'Verb', 'Modal') && !tagged(opener, 'Gerund');
  if (aside && verb && /^[\s,]*$/.test(gap) && !/["“”]|''/.test(lead)) return null;
  const inGap = tokens.slice(frame.next).filter((x) => x.span.end <= q.start).length;
  // "But, said Solovey, "..."", "Continued Stone: "..."": the speaker comes between the cue and the quotation,
  // with a description of any length ("Said Dorothy Poynter, who grew up with him, "..."").
  // An object there is no speaker: 'described his tip sheet, "..."', 'took the stage and praised the nurses: "..."'.
  const opensClause = frame.cueFrom === 0 || breaksAfter(tokens[frame.cueFrom - 1]);
  const after = frame.subject || inGap === 0 || !opensClause || /ing$/.test(word(t)) ? null : phraseStartingAt(tokens, frame.next);
  const first = after ? tokens[after.from] : undefined;
  const object = first !== undefined && (tagged(first, 'Date', 'Possessive') || (tagged(first, 'Pronoun') && !PERSONAL.has(word(first))));
  const gapEnd = frame.next + inGap - 1;
  const named = after && !object ? (after.to === gapEnd ? after : described(tokens, after)) : null;
  // The gap may run far to the next quotation: the test that stops at its first stop comes first.
  const speaker = named && named.to === gapEnd && !/[.!?"“”\n]/.test(gap) && /[,:]\s*$/.test(gap) ? named : null;
  // Only punctuation, or a short adjunct closed by a comma or colon ("said on Monday: ").
  // ('said it was too early but added, "..."': a clause with a verb of its own is no adjunct.)
  const inGapTokens = tokens.slice(frame.next).filter((x) => x.span.end <= q.start);
  const adjunct = gap.length < 60 && /[,:]\s*$/.test(gap) && !/[.!?"“”\n]|\bthat\b/.test(gap) && !inGapTokens.some(finite);
  if (!/^[\s,:—–-]*$/.test(gap) && !adjunct && !speaker) return null;
  // "Quoting the Bible, Beck said, "..."": a cue further on is the quotation's own.
  // 'said, referring to the report, "..."': a participle aside has none, and the quotation is still the first cue's.
  // 'The talks will go on, Spicer said, adding, "..."': after a clause of its own the cue has its content, and the participle the quotation.
  for (let k = frame.next; k < frame.next + inGap; k++) if (isCueVerb(tokens, k) && (cueFrame(tokens, k).subject || (aside && tagged(tokens[k], 'Gerund')))) return null;
  let content: Span = q;
  // A quoted fragment inside a longer clause ('said the plan was "a disaster" for everyone') keeps the clause.
  // ('Mr. Hale, citing ''the power of the union,'' said the bill ...': not when the main clause's verb follows it.)
  const afterQuote = tokens.findIndex((x) => x.span.start >= q.end);
  const mainVerb = afterQuote > 0 && /^[\s,]*$/.test(ctx.text.slice(q.end, tokens[afterQuote]!.span.start)) && finiteCue(tokens, afterQuote);
  if (!mainVerb && q.end < sentence.span.end && /[\p{L}\p{N}]/u.test(ctx.text.slice(q.end, sentence.span.end))) {
    content = beforeMainClause(ctx, tokens, frame, trim(ctx.text, { start: q.start, end: sentence.span.end }));
  }
  return {
    source: rangeSpan(tokens, frame.subject ?? speaker),
    cue: cueSpan(frame),
    content: [content],
    kind: 'direct',
    addressee: rangeSpan(tokens, frame.addressee),
    reporters: [],
    sentence: s,
    rule: 'cue-before-quote',
    through: speaker ? speaker.to : frame.next - 1,
  };
};
