// A cue without a subject ('he said, adding that ...', '... and said') takes its source from the clause it continues.
import type { Draft } from './draft.js';
import { quoted, tokenSpan, word, type StatementContext } from './context.js';
import { PARTICIPLE_OPENERS, clauseSubject } from './subject.js';

/** Fills the missing source of a draft from an earlier draft of the same sentence, else from the sentence's subject. */
export function inheritSources(ctx: StatementContext, drafts: Draft[]): void {
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (d.source || !d.cue || d.unattributed) continue;
    for (let j = k - 1; j >= 0 && drafts[j]!.sentence === d.sentence; j--) {
      const prev = drafts[j]!;
      if (prev.source && prev.cue && prev.cue.end <= d.cue.start) {
        d.source = prev.source;
        d.continues = prev;
        break;
      }
    }
    if (d.source) continue;
    const tokens = ctx.sentences[d.sentence]!.tokens;
    let first = 0;
    while (first < tokens.length && quoted(ctx, tokens[first]!)) first++;
    const cueAt = tokens.findIndex((t) => t.span.start >= d.cue!.start);
    let subject = cueAt > first ? clauseSubject(tokens, first, cueAt) : null;
    // "Smith, delivering the speech, asked ...": a participle set off right after the subject is its aside.
    if (!subject && cueAt > first && /,/.test(tokens[cueAt - 1]!.post)) subject = clauseSubject(tokens, first, cueAt + 1);
    // "Never mentioning Sanders by name, Clinton cast ...", "After bragging about it, Trump ...": an opening
    // participle belongs to the main clause after it.
    const opening = cueAt === first || (cueAt === first + 1 && PARTICIPLE_OPENERS.has(word(tokens[first])));
    if (!subject && opening && d.kind === 'indirect') {
      const end = d.content[d.content.length - 1]!.end;
      const next = tokens.findIndex((t) => t.span.start >= end);
      if (next > 0 && /,/.test(tokens[next - 1]!.post)) subject = clauseSubject(tokens, next, tokens.length);
    }
    if (subject) d.source = tokenSpan(tokens, subject.from, subject.to);
  }
}

/**
 * A continuing statement shares the addressee and reporters of the one it continues, and the
 * earlier content stops where the second cue begins ("told Trump that A, and hoped that B").
 */
export function shareFrames(ctx: StatementContext, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    const prev = d.continues;
    if (!prev || !d.cue) continue;
    if (!d.addressee) d.addressee = prev.addressee;
    if (d.reporters.length === 0) d.reporters = prev.reporters;
    const last = prev.content[prev.content.length - 1]!;
    if (d.cue.start <= last.start || d.cue.start >= last.end) continue;
    const cut = ctx.text.slice(last.start, d.cue.start).replace(/[\s,;]*(?:\b(?:and|but)\b)?[\s,;]*$/i, '');
    if ((cut.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 2) prev.content[prev.content.length - 1] = { start: last.start, end: last.start + cut.length };
  }
}
