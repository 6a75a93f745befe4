import { describe, expect, it } from 'vitest';
import type { Mention, Span, StatementSpans } from '../../src/core/index.js';
import { describedBy, Voices } from '../../src/resolve/pronouns.js';

// Remarks in a leader's voice, then a sentence of them the extractor read as its own statement.
const TEXT =
  'Angela Merkel pointed out that I appreciate the efforts of all partners. Berlin hopes that talks succeed. I believe that a deal is near.';

const at = (needle: string, from = 0): Span => {
  const start = TEXT.indexOf(needle, from);
  return { start, end: start + needle.length };
};

function pronoun(span: Span): Mention {
  return { id: `men_${span.start}`, documentId: 'd', span, text: TEXT.slice(span.start, span.end), type: 'person', kind: 'pronoun' };
}

function statement(content: Span, speakerId: string | null): StatementSpans & { speakerId: string | null } {
  return { id: `stm_${content.start}`, documentId: 'd', source: null, cue: null, content: [content], kind: 'indirect', addressee: null, reporters: [], sentence: content, speakerId };
}

const firstI = pronoun(at('I', TEXT.indexOf('I appreciate')));
const laterI = pronoun(at('I', TEXT.indexOf('I believe')));
const merkel = statement(at('that I appreciate the efforts of all partners'), 'per_merkel');
const berlin = statement(at('that talks succeed'), 'plc_germany');

describe('Voices', () => {
  it.each([
    ['a later "I" goes on in the voice of remarks that already speak as "I"', TEXT, new Map([[firstI.id, 'per_merkel']]), 'per_merkel'],
    ['no statement speaks as "I": narration stays unresolved', TEXT, new Map<string, string>(), null],
    ['a new paragraph starts a new voice', TEXT.replace('. I believe', '.\nI believe'), new Map([[firstI.id, 'per_merkel']]), null],
  ])('%s', (_what, text, link, expected) => {
    expect(new Voices([firstI, laterI], [merkel, berlin]).of(laterI, link, text)).toBe(expected);
  });
});

describe('describedBy', () => {
  const mention = (text: string, start: number, kind: Mention['kind']): Mention => ({
    id: `men_${start}`, documentId: 'd', span: { start, end: start + text.length }, text, type: 'organization', kind, class: 'news agency',
  });
  const agency = mention('the official news agency', 100, 'description');
  it.each([
    ['the nearest agency named before it', [mention('Reuters', 10, 'name'), mention('Xinhua', 50, 'name'), mention('Tass', 200, 'name')], 'Xinhua'],
    ['in a lead, the first agency named after it', [mention('Xinhua', 200, 'name'), mention('Tass', 300, 'name')], 'Xinhua'],
    ['nothing when no agency is named', [], undefined],
  ])('%s', (_what, names, expected) => {
    expect(describedBy(agency, names)?.text).toBe(expected);
  });
});
