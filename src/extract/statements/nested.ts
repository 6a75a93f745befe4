// Statements inside the content of another: "He said his friends feel the same way" attributes one
// claim, to him; "his friends feel" is part of what he said, not a second attribution. Reported
// speech inside reported speech stays: "Trump said Pence told him ..." names two speakers.
import { HolderLookup } from '../../core/index.js';
import { reportsSpeech } from './cue-words.js';
import type { Draft } from './draft.js';

/** Drops the drafts whose cue lies in another draft's content, unless the cue reports speech. */
export function dropNested(text: string, drafts: readonly Draft[]): Draft[] {
  // The drafts whose content holds a cue are found by binary search, not by a scan of all per cue.
  const contents = new HolderLookup(drafts.map((d) => d.content));
  return drafts.filter((d) => {
    const cue = d.cue;
    if (!cue || reportsSpeech(text.slice(cue.start, cue.end))) return true;
    return !contents.holders(cue).some((o) => drafts[o] !== d);
  });
}
