// Statements inside the content of another: "He said his friends feel the same way" attributes one
// claim, to him; "his friends feel" is part of what he said, not a second attribution. Reported
// speech inside reported speech stays: "Trump said Pence told him ..." names two speakers.
import type { Span } from '../../core/index.js';
import { reportsSpeech } from './cue-words.js';
import type { Draft } from './draft.js';

function inside(inner: Span, outer: readonly Span[]): boolean {
  return outer.some((c) => c.start <= inner.start && inner.end <= c.end);
}

/** Drops the drafts whose cue lies in another draft's content, unless the cue reports speech. */
export function dropNested(text: string, drafts: readonly Draft[]): Draft[] {
  return drafts.filter((d) => {
    const cue = d.cue;
    if (!cue || reportsSpeech(text.slice(cue.start, cue.end))) return true;
    return !drafts.some((o) => o !== d && inside(cue, o.content));
  });
}
