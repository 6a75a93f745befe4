// Drafts no attribution can be shaped like are dropped, while the real statement of the sentence stays.
import { describe, expect, it } from 'vitest';
import { renderAll } from './helpers.js';

const rows: [what: string, sentence: string, dropped: string, kept: string | null][] = [
  ['an adjective after a noun, before a modal', 'The envoy hoped that all parties concerned would avoid provocations.', 'concerned', 'hoped'],
  ['a cue ending on an adverb', 'The company has long pushed for lower taxes on exports.', 'has long', null],
  ['an auxiliary alone', 'The company has long pushed for lower taxes on exports.', 'has', null],
  ['a name set off after the cue', 'The premier has talked to his counterpart, Ana Ruiz.', 'has talked to', null],
  ['a particle left from a phrasal verb', 'Residents said they have been looking forward to it.', 'have been looking', 'said'],
];

describe('implausible drafts', () => {
  it.each(rows)('%s: "%s" has no statement cued by "%s"', (_what, sentence, dropped, kept) => {
    const cues = renderAll(sentence).map((s) => s.cue);
    expect(cues).not.toContain(dropped);
    if (kept) expect(cues).toContain(kept);
  });
});
