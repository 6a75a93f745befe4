import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBlocks, parseText } from '../../src/extract/parse.js';

const samples = ['data/samples/000_e2447bf0e712ceff.txt', 'data/samples/004_a2a29330f5e627a1.txt'];

describe('parseText', () => {
  it.each(samples)('every token span of %s slices to the token text', (file) => {
    const text = readFileSync(file, 'utf8');
    const parsed = parseText(text);
    expect(parsed.sentences.length).toBeGreaterThan(5);
    for (const s of parsed.sentences) {
      for (const t of s.tokens) expect(text.slice(t.span.start, t.span.end)).toBe(t.text);
      expect(s.span.start).toBe(s.tokens[0]!.span.start);
    }
  });

  it('parses a long document a block of paragraphs at a time, with the same sentences and offsets', () => {
    const article = readFileSync(samples[1]!, 'utf8');
    const text = Array.from({ length: 30 }, () => article).join('\n\n');
    expect(parseBlocks(text).length).toBeGreaterThan(1);
    const one = parseText(article).sentences.map((s) => article.slice(s.span.start, s.span.end));
    const all = parseText(text).sentences;
    for (const s of all) for (const t of s.tokens) expect(text.slice(t.span.start, t.span.end)).toBe(t.text);
    expect(all.map((s) => text.slice(s.span.start, s.span.end))).toEqual(Array.from({ length: 30 }, () => one).flat());
  });

  it.each([
    ['a\nb\nc', 1, [[0, 2], [2, 4], [4, 5]]],
    ['aaaa\nbbbb\ncc', 3, [[0, 5], [5, 10], [10, 12]]],
    ['aaaaaaaa', 3, [[0, 8]]],
  ])('cuts %j at line breaks after every %i characters', (text, block, cuts) => {
    expect(parseBlocks(text, block).map((b) => [b.start, b.end])).toEqual(cuts);
  });

  it('keeps the closing quote inside the sentence span', () => {
    const text = '"We do hope," Lavrov said. "It is required."';
    const parsed = parseText(text);
    const last = parsed.sentences[parsed.sentences.length - 1]!;
    expect(text.slice(last.span.start, last.span.end)).toBe('It is required."');
  });

  it.each([
    ['Del. Stacey Plaskett said the vote was close.'],
    ['Sens. Ted Cruz and Mike Lee voted no.'],
    ['Maj. Gen. Lee Smith spoke first.'],
    ['He was the No. 2 Republican in the Senate.'],
  ])('does not end a sentence at the abbreviation in %s', (text) => {
    expect(parseText(text).sentences).toHaveLength(1);
  });

  it.each([
    ["strong coalitions, '' said Mr. Grant.", ['strong', 'coalitions', 'said', 'Mr', 'Grant']],
    ['the price, " said the clerk.', ['the', 'price', 'said', 'the', 'clerk']],
    // an opening curly mark standing apart stays, for the quotation's start to read
    ['saying, “ you have to go.', ['saying', '“', 'you', 'have', 'to', 'go']],
  ])('reads a quotation mark standing apart in %s as punctuation', (text, words) => {
    expect(parseText(text).sentences.flatMap((s) => s.tokens.map((t) => t.text))).toEqual(words);
  });

  it.each([
    ['May wrote to the council on Friday.', true],
    ['The talks will go on, May said.', true],
    ['In May, the council voted.', false],
    ['May was the warmest month on record.', false],
    ['May be the vote will pass.', false],
  ])('reads "May" in %s as a surname: %s', (text, surname) => {
    const may = parseText(text).sentences[0]!.tokens.find((t) => t.text === 'May')!;
    expect(may.tags.has('Person')).toBe(surname);
  });
});
