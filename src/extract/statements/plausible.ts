// Shapes no attribution has, whatever word cued it: a last check on what the rules drafted.
import type { Span } from '../../core/index.js';
import type { StatementContext } from './context.js';
import type { Draft } from './draft.js';

const MODAL = /^(?:would|will|could|can|should|may|might|must|shall)$/i;
const ADVERB = /^(?:long|also|still|already|never|always|often|surely|again|even|just|ever|now|later)$/i;
const AUXILIARY = /^(?:has|have|had|is|are|was|were|be|been|do|does|did)$/i;
const RELATIVE = /^(?:which|who|whom|whose|what)$/i;
const ANONYMITY = /^(?:not to be (?:named|identified|quoted)(?: by name)?|anonymity)$/i;
const FUNCTION_WORDS = new Set(
  'a an the to of in on at by for with from as up out off over forward back about into and or but so than then it its this that these those there here'.split(' '),
);

function wordsIn(text: string, span: Span): string[] {
  return text.slice(span.start, span.end).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

function wordBefore(text: string, at: number): string {
  return /([\p{L}\p{N}'’-]+)[^\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
}

/** Why a draft is not an attribution, or null when it may be one. */
export function implausible(ctx: StatementContext, d: Draft): string | null {
  const first = d.content[0];
  if (!first || !d.cue) return null;
  const text = ctx.text;
  const content = d.content.flatMap((c) => wordsIn(text, c));
  // "forward to", "up": a particle left over from a phrasal verb says nothing.
  // "55 percent said so", "That's according to the poll": a word standing for what was said before.
  const anaphor = content.length === 1 && /^(?:so|that|this)(?:['’]s)?$/i.test(content[0]!);
  if (!anaphor && content.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase())).length === 0) return 'no content words';
  // "all parties concerned would avoid ...": an adjective after a noun, not a cue, unless the source
  // stands in a relative clause ("the meeting, which he said would take place ...").
  if (MODAL.test(content[0]!) && d.source && d.content.length === 1 && first.start > d.cue.start) {
    if (!RELATIVE.test(wordBefore(text, d.source.start))) return 'a modal with no subject';
  }
  // "An executive, who asked not to be named, said ...": the terms of speaking, not words said.
  if (ANONYMITY.test(content.join(' '))) return 'a request for anonymity';
  // ("..., who asked not to be | named |, said ...": a source ending on "be" or "to" is half a verb.)
  if (d.source && /\b(?:be|to)$/i.test(text.slice(d.source.start, d.source.end))) return 'a source ending in a verb';
  // "China has long pushed for ...": a cue cannot end on an adverb; the verb it qualifies is elsewhere.
  const cueWords = wordsIn(text, d.cue);
  if (ADVERB.test(cueWords[cueWords.length - 1] ?? '')) return 'a cue ending on an adverb';
  // "The company has long pushed ...": an auxiliary alone says nothing; its verb does.
  if (cueWords.length === 1 && AUXILIARY.test(cueWords[0]!)) return 'an auxiliary alone';
  // "has talked to his counterpart, Donald Trump": a name set off after the cue, or after "to" or "with",
  // is an addressee or a topic, not a claim; "endorses Ted Cruz" names what was endorsed.
  if (d.kind === 'indirect' && !anaphor && content.length <= 4 && content.every((w) => /^\p{Lu}/u.test(w)) && d.content.length === 1) {
    const between = text.slice(d.cue.end, first.start);
    const before = text.slice(Math.max(0, first.start - 2), first.start);
    const aside = /,/.test(between) || /^(?:to|with|at)$/i.test(cueWords[cueWords.length - 1] ?? '') || first.start < d.cue.start;
    if (aside && !/["“']/.test(before)) return 'a name alone';
  }
  return null;
}
