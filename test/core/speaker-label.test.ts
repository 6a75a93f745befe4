import { describe, expect, it } from 'vitest';
import { speakerLabel } from '../../src/core/index.js';

describe('speakerLabel', () => {
  it.each([
    [{ speaker: { name: 'Xi Jinping' }, source: 'Xi' }, 'Xi Jinping'],
    [{ speaker: null, source: 'Senior  officials\nin the ministry' }, '(Senior officials in the ministry)'],
    [{ speaker: null, source: 'who' }, '?'],
    [{ speaker: null, source: null }, '?'],
  ])('%j is shown as %s', (s, expected) => {
    expect(speakerLabel(s)).toBe(expected);
  });

  it('says what it is told to when there is no one to show', () => {
    expect(speakerLabel({ speaker: null, source: 'that' }, 'unknown speaker')).toBe('unknown speaker');
  });
});
