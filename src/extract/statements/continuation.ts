// Quotations that go on after their cue: the next quoted sentences, with no cue of their own, belong to the same speaker.
import { lowerBound } from '../../core/index.js';
import { paragraphOf, quoted, tagged, type StatementContext } from './context.js';
import type { Draft } from './draft.js';
import { quoteFrom } from './quotes.js';

/** Appends to each direct statement the quotations that follow it without a cue in between. */
export function extendQuotes(ctx: StatementContext, drafts: Draft[]): void {
  const used = new Set<number>();
  for (const d of drafts) for (const c of d.content) used.add(c.start);
  const cues = drafts.flatMap((d) => (d.cue ? [d.cue] : [])).sort((a, b) => a.start - b.start);
  const cueStarts = cues.map((c) => c.start);
  const sentenceEnds = sentenceReach(ctx);
  for (const d of drafts) {
    if (d.kind !== 'direct') continue;
    const last = d.content[d.content.length - 1]!;
    let end = Math.max(last.end, ctx.sentences[d.sentence]!.span.end);
    // '"...," he added. “If ...': where the splitter ran the sentence on into the next quotation,
    // that quotation starts right after the cue's full stop.
    const next = d.cue ? quoteFrom(ctx.quotes, d.cue.end) : undefined;
    if (d.cue && next && next.start < end && d.cue.start > last.end && /^[^\p{L}\p{N}]*[.!?][^\p{L}\p{N}]*$/u.test(ctx.text.slice(d.cue.end, next.start))) end = d.cue.end;
    for (;;) {
      const q = quoteFrom(ctx.quotes, end);
      // Only space and punctuation may stand between the statement and the quotation.
      if (!q || used.has(q.start) || /[\p{L}\p{N}]/u.test(ctx.text.slice(end, q.start))) break;
      const stop = sentenceEndAfter(ctx, sentenceEnds, q.end);
      // A cue between the quotation's start and its sentence's end: the first cue from there on tells.
      if ((cues[lowerBound(cueStarts, q.start)]?.start ?? Infinity) < stop) break;
      d.content.push(q);
      used.add(q.start);
      end = Math.max(q.end, stop);
    }
  }
}

// The furthest end of the sentences up to each one: the first sentence ending at or after a
// position is found by binary search over it, as every quotation asks.
function sentenceReach(ctx: StatementContext): number[] {
  let furthest = -Infinity;
  return ctx.sentences.map((s) => (furthest = Math.max(furthest, s.span.end)));
}

// The end of the sentence in which position `pos` falls, so a cue after the quote ('"...," he added.') is seen.
function sentenceEndAfter(ctx: StatementContext, reach: readonly number[], pos: number): number {
  const s = ctx.sentences[lowerBound(reach, pos)];
  return s ? s.span.end : pos;
}

// Case matters: "US" is a country.
const FIRST_PERSON = /^(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)$/;

/**
 * Reported speech that goes on in the speaker's own words: after "Xi pointed out that ...", the
 * following sentences of the paragraph with no speaker of their own belong to Xi when one of them
 * speaks in the first person ("I appreciate ..."). Statements whose source is that first person
 * are folded in. Returns the drafts that remain.
 */
export function extendReported(ctx: StatementContext, drafts: Draft[]): Draft[] {
  const firstPerson = (d: Draft) => d.source !== null && FIRST_PERSON.test(ctx.text.slice(d.source.start, d.source.end));
  const bySentence = new Map<number, Draft[]>();
  for (const d of drafts) bySentence.set(d.sentence, [...(bySentence.get(d.sentence) ?? []), d]);
  const folded = new Set<Draft>();
  for (const d of drafts) {
    if (d.kind !== 'indirect' || folded.has(d) || !d.source || firstPerson(d)) continue;
    const sentence = ctx.sentences[d.sentence]!;
    const last = d.content[d.content.length - 1]!;
    if (/[\p{L}\p{N}]/u.test(ctx.text.slice(last.end, sentence.span.end))) continue;
    const paragraph = paragraphOf(ctx, sentence.span.start);
    const taken: number[] = [];
    let speaking = 0;
    for (let s = d.sentence + 1; s < ctx.sentences.length; s++) {
      const next = ctx.sentences[s]!;
      if (paragraphOf(ctx, next.span.start) !== paragraph) break;
      const own = bySentence.get(s) ?? [];
      if (own.some((o) => !firstPerson(o))) break;
      taken.push(s);
      if (next.tokens.some((t) => FIRST_PERSON.test(t.text) && tagged(t, 'Pronoun') && !quoted(ctx, t))) speaking = taken.length;
    }
    for (const s of taken.slice(0, speaking)) {
      d.content.push(ctx.sentences[s]!.span);
      for (const o of bySentence.get(s) ?? []) folded.add(o);
    }
  }
  return drafts.filter((d) => !folded.has(d));
}
