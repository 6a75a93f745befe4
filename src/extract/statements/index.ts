// Statement extraction: who said what, with every part as a span of the document's text.
import { coverSpans, stableId, type NewsDocument, type Span, type StatementSpans } from '../../core/index.js';
import type { ParsedText } from '../parse.js';
import { foldChains } from './chains.js';
import { makeContext, quoted, type StatementContext } from './context.js';
import { extendQuotes, extendReported } from './continuation.js';
import type { Draft, Rule } from './draft.js';
import { inheritSources, shareFrames } from './inherit.js';
import { isJunk } from './junk.js';
import { datelines, type Dateline } from '../mentions/dateline.js';
import { dropNested } from './nested.js';
import { implausible } from './plausible.js';
import { trimSpeaker } from './speaker-edges.js';
import { accordingTo } from './rules/according-to.js';
import { asSaying } from './rules/as-saying.js';
import { asked } from './rules/asked.js';
import { clauseAfterCue } from './rules/clause-after-cue.js';
import { clauseBeforeCue } from './rules/clause-before-cue.js';
import { colonLabel } from './rules/colon.js';
import { colonQuote } from './rules/colon-quote.js';
import { cueBeforeQuote } from './rules/cue-before-quote.js';
import { dashSignature } from './rules/dash-signature.js';
import { inPoll } from './rules/in-poll.js';
import { nounCue } from './rules/noun-cue.js';
import { objectRelative } from './rules/object-relative.js';
import { passive } from './rules/passive.js';
import { quoteBeforeCue } from './rules/quote-before-cue.js';
import { raising } from './rules/raising.js';

/**
 * The rules, in the order they are tried at each word; the first that matches wins.
 * The most specific constructions come first, the plain "X said ..." last.
 */
export const RULES: readonly Rule[] = [colonLabel, dashSignature, accordingTo, inPoll, asSaying, asked, nounCue, raising, quoteBeforeCue, cueBeforeQuote, objectRelative, clauseBeforeCue, clauseAfterCue, passive, colonQuote];

/** Every statement of the document, in text order, read from its one parse. */
export function extractStatements(doc: NewsDocument, parsed: ParsedText): StatementSpans[] {
  const ctx = makeContext(doc, parsed);
  let drafts = findDrafts(ctx);
  inheritSources(ctx, drafts);
  drafts = foldChains(ctx, drafts);
  shareFrames(ctx, drafts);
  extendQuotes(ctx, drafts);
  drafts = extendReported(ctx, drafts);
  const lines = datelines(ctx.text);
  for (const d of drafts) {
    if (d.source) d.source = trimSpeaker(ctx.text, d.source);
    splitContraction(ctx.text, d);
    skipDateline(lines, d);
  }
  return dropNested(ctx.text, dedupe(drafts.filter((d) => implausible(ctx, d) === null))).map((d) => toStatement(ctx, d)).sort((a, b) => a.content[0]!.start - b.content[0]!.start);
}

function findDrafts(ctx: StatementContext): Draft[] {
  const drafts: Draft[] = [];
  ctx.sentences.forEach((sentence, s) => {
    if (isJunk(ctx.text, sentence.span)) return;
    for (let i = 0; i < sentence.tokens.length; i++) {
      if (quoted(ctx, sentence.tokens[i]!)) continue;
      for (const rule of RULES) {
        const d = rule(ctx, s, i);
        if (!d) continue;
        drafts.push(d);
        i = Math.max(i, d.through);
        break;
      }
    }
  });
  return drafts;
}

// Two cues can claim the same words ('"...," he said, adding "..."'); the first keeps them.
function dedupe(drafts: Draft[]): Draft[] {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const key = d.content.map((c) => `${c.start}-${c.end}`).join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// "WASHINGTON (AP) — The Senate will vote ..., Thune said": the dateline is the story's, not what was said.
function skipDateline(lines: readonly Dateline[], d: Draft): void {
  const first = d.content[0]!;
  const line = lines.find((l) => l.place.start <= first.start && first.start < l.end);
  if (line && line.end < first.end) d.content[0] = { start: line.end, end: first.end };
}

// "He’s claiming": the contracted auxiliary belongs to the cue, as annotators mark it, not to the speaker.
function splitContraction(text: string, d: Draft): void {
  if (!d.source || !d.cue || d.cue.start < d.source.end) return;
  const m = /['’](?:s|re|ve|ll|d)$/i.exec(text.slice(d.source.start, d.source.end));
  if (!m || /\S/.test(text.slice(d.source.end, d.cue.start)) || d.source.end - m[0].length <= d.source.start) return;
  const at = d.source.end - m[0].length;
  d.source = { start: d.source.start, end: at };
  d.cue = { start: at, end: d.cue.end };
}

function toStatement(ctx: StatementContext, d: Draft): StatementSpans {
  const content = [...d.content].sort((a, b) => a.start - b.start);
  const first = content[0]!;
  const last = content[content.length - 1]!;
  const parts: Span[] = [ctx.sentences[d.sentence]!.span, ...content];
  if (d.source) parts.push(d.source);
  return {
    id: stableId('stm', ctx.doc.id, first.start, last.end),
    documentId: ctx.doc.id,
    source: d.source,
    cue: d.cue,
    content,
    kind: d.kind,
    addressee: d.addressee,
    reporters: d.reporters,
    sentence: coverSpans(parts)!,
  };
}
