// '"...," Lavrov said' and '"...," said Lavrov': a quotation right before the cue clause is its content.
import type { Span } from '../../../core/index.js';
import { isCueVerb } from '../cue-words.js';
import { quoted, tagged, word } from '../context.js';
import { cueFrame, cueSpan, rangeSpan } from '../cue-frame.js';
import type { Rule } from '../draft.js';
import { described, inTitle, subjectAfter } from '../subject.js';
import { skipAdjuncts } from '../content.js';
import type { Token } from '../../parse.js';
import { quoteBefore, quoteFrom } from '../quotes.js';

// The verbs that sign a quotation from a sentence of their own ('"..." Trump said.'); "The crowd applauded." signs none.
const SAID = /^(?:said|says|added|adds|asked|asks)$/;

/** Reads a quotation followed by its cue at the cue verb `i`, and a second part after the cue. */
export const quoteBeforeCue: Rule = (ctx, s, i) => {
  const tokens = ctx.sentences[s]!.tokens;
  const t = tokens[i]!;
  if (!isCueVerb(tokens, i) || quoted(ctx, t)) return null;
  const frame = cueFrame(tokens, i);
  if (frame.passive) return null;
  const clauseStart = tokens[frame.subject ? frame.subject.from : frame.cueFrom]!.span.start;
  const q = quoteBefore(ctx.quotes, clauseStart);
  // The quotation must end in the cue's sentence: '"We go now." He said it' is two sentences;
  // unless the cue's sentence is only its speaker and cue: '"We go now." Trump said.'
  if (!q || !/^[\s,—–-]*$/.test(ctx.text.slice(q.end, clauseStart))) return null;
  // The quotation stands alone, in the same paragraph: 'The poster read "Vote Reyes." A volunteer said.' signs nothing.
  const alone = s > 0 && q.start <= ctx.sentences[s - 1]!.span.start + 1 && !/\n/.test(ctx.text.slice(q.end, clauseStart));
  const signs = alone && frame.subject?.from === 0 && SAID.test(word(t)) && skipAdjuncts(tokens, frame.next) >= tokens.length && !/["“]|''/.test(ctx.text.slice(t.span.end, ctx.sentences[s]!.span.end));
  if (q.end <= ctx.sentences[s]!.span.start + 1 && !signs) return null;
  // 'on “Hannity,” Gingrich said if ...': a clause after the cue is its content, the quotation a title.
  // 'Trump, the star of "The Apprentice," said ... that': a short title in capitals closing the speaker's aside, likewise.
  let titleEnd = tokens.length - 1;
  while (titleEnd >= 0 && tokens[titleEnd]!.span.end > q.end) titleEnd--;
  const title = titleEnd >= 0 && inTitle(tokens, titleEnd);
  // 'Mr. Hale, citing ''the power of the union,'' said the bill ...': a participle's quoted object, likewise.
  const opener = tokens.findIndex((x) => x.span.start >= q.start);
  // ('The council, calling the plan "a costly mistake," voted ...': the participle may have an object before the quotation.)
  let asideStart = opener - 1;
  while (asideStart > 0 && !/,/.test(tokens[asideStart - 1]!.post)) asideStart--;
  const participleBefore = opener > 0 && tokens.slice(asideStart, opener).some((x) => tagged(x, 'Gerund') && !tagged(x, 'Noun'));
  // ('Walking in to chants of "Marco! Marco!," the senator said ...': the words before may stand in an earlier parsed sentence.)
  let opened = s;
  while (opened > 0 && ctx.sentences[opened]!.span.start > q.start) opened--;
  const wordsBefore = /[\p{L}\p{N}]\s*$/u.test(ctx.text.slice(ctx.sentences[opened]!.span.start, q.start));
  if ((frame.subject || title || participleBefore) && clauseFollows(tokens, frame.next) && wordsBefore) return null;
  // "said Lavrov": the source comes after the cue.
  // '"Is it over?" asked the senator': what reads as the one asked or told is the speaker here.
  const inverted = !frame.subject && frame.addressee !== null;
  const after = frame.subject ? null : inverted ? described(tokens, frame.addressee!) ?? frame.addressee : subjectAfter(tokens, frame.next);
  const source = frame.subject ?? after;
  // '..., Cruz said "...", adding that ...': a participle with no speaker of its own continues its clause.
  if (!source && /ing$/.test(word(t))) return null;
  const last = Math.max(frame.next - 1, after ? after.to : -1);
  // 'Using the tax ''is a misguided approach,'' Mr. Burman said': a quoted fragment ends a longer clause.
  const sentenceStart = ctx.sentences[s]!.span.start;
  const opening = q.start > sentenceStart && /[\p{L}\p{N}]/u.test(ctx.text.slice(sentenceStart, q.start));
  const content: Span[] = [opening ? { start: sentenceStart, end: q.end } : q];
  // '"...," he said, "..."': the quote goes on after the cue clause.
  const end = tokens[last]!.span.end;
  const q2 = quoteFrom(ctx.quotes, end);
  // ('"...," he said, adding, "..."': the second quotation is the participle's.)
  // ('"...," he said, referring to the budget, "...": a participle with its own object is an aside.)
  const relayed = q2 !== undefined && tokens.some((x, k) => k > last && x.span.end <= q2.start && /^[\s,:]*$/.test(ctx.text.slice(x.span.end, q2.start)) && isCueVerb(tokens, k));
  if (q2 && !relayed && q2.start - end <= 30 && /^[^.!?\n"“”]*[,:]\s*$/.test(ctx.text.slice(end, q2.start))) content.push(q2);
  return {
    source: rangeSpan(tokens, source),
    cue: cueSpan(frame),
    content,
    kind: 'direct',
    addressee: inverted ? null : rangeSpan(tokens, frame.addressee),
    reporters: [],
    sentence: s,
    rule: 'quote-before-cue',
    through: last,
  };
};

// Words after the cue and its adjuncts that are not set off by punctuation start a reported clause.
function clauseFollows(tokens: readonly Token[], next: number): boolean {
  const rest = skipAdjuncts(tokens, next);
  if (rest >= tokens.length) return false;
  return !/[,;:—–"“”]/.test(tokens[rest - 1]!.post) && !/["“”]/.test(tokens[rest]!.pre);
}
