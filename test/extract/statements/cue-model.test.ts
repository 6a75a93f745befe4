// The cue model admits speech verbs too rare for the word lexicon, judging them by their context.
import { afterEach, describe, expect, it } from 'vitest';
import { renderAll } from './helpers.js';
import { useCueModel } from '../../../src/extract/statements/cue-model.js';

// Verbs the lexicon alone does not admit, each before a "that" clause with a named subject.
const rows: [sentence: string, source: string, cue: string, content: string][] = [
  ['The senator hinted that she might run for president.', 'The senator', 'hinted', 'that she might run for president'],
  ['Aides fretted that the campaign was running out of money.', 'Aides', 'fretted', 'that the campaign was running out of money'],
];

describe('cue model', () => {
  afterEach(() => useCueModel(undefined));

  for (const [sentence, source, cue, content] of rows) {
    it(`admits "${cue}" in context`, () => {
      expect(renderAll(sentence)).toEqual([expect.objectContaining({ source, cue, content })]);
    });

    it(`"${cue}" is no cue to the lexicon alone`, () => {
      useCueModel(null);
      expect(renderAll(sentence)).toEqual([]);
    });
  }

  it('does not make every verb a cue', () => {
    expect(renderAll('The storm destroyed three houses near the river.')).toEqual([]);
    expect(renderAll('Police arrested the suspect after a long chase.')).toEqual([]);
  });
});
