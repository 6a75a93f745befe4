import { describe, expect, it } from 'vitest';
import { cleanText, isJunkLine } from '../../src/ingest/clean.js';

describe('isJunkLine', () => {
  it.each([
    ['"); jQuery("#212 h3").html("', true],
    ['"); });', true],
    ['Share this story', true],
    ['Suggest To A Friend:', true],
    ['Home > China News', true],
    ['Published date: .', true],
    ['Related News Programmes', true],
    ['Last updated: 2018-03-10 HKT 01:13', true],
    ['  • Xi reaches out to Trump over North Korea', true],
    ['Xi Reaches Out To Trump Over North Korea', false],
    ['2018-03-09 HKT 16:35', false],
    ['He said:', false],
    ['"We do hope that this meeting is going to take place," Lavrov said.', false],
    ['China (60%) and the US (40%) agreed.', false],
    ['•', true],
    ['<tweet id="1"><tweet/>.', true],
    ['Posted by: -', true],
    ['Caddell continued:', false],
    ['The New York Times reports:', false],
    ['Stated Stone:', false],
    ['From Bloomberg:', false],
    ['CORRECTION:', false],
    ['* * *', false],
    ['Jim Urquhart / Reuters.', false],
    ['News / World / Asia', true],
    ['Leaders were to gather at the United Nations to sign the document.', false],
    ['He cited a report, <a href="http://example.org">available online</a>, which said that the talks of the two sides would resume within the month.', false],
  ])('%j is junk: %s', (line, junk) => {
    expect(isJunkLine(line)).toBe(junk);
  });
});

describe('cleanText', () => {
  it.each([
    ['Title line\n\nFirst paragraph, he said.\n\nSecond "quoted" paragraph.'],
    ['  Indented first line  \n\n\n\nAfter many blank lines, trailing spaces kept.  \n'],
    ['Caddell continued:\n\n"Voters are worried," he said.'],
  ])('keeps well-formed article text exactly as it is: %j', (text) => {
    expect(cleanText(text)).toBe(text);
  });

  it('drops junk lines and extra blank lines', () => {
    expect(cleanText('Home > News\r\n\r\n\r\n\r\nXi spoke.\r\nShare this story\r\n')).toBe('Xi spoke.');
  });
});

describe('cleanText and control characters', () => {
  it('makes each a space, so the offsets after it hold', () => {
    const text = 'The minister said the talks were dead.\n\f\nXi said\u0001 they would resume.';
    const cleaned = cleanText(text);
    expect(cleaned).toBe('The minister said the talks were dead.\n \nXi said  they would resume.');
    expect(cleaned.indexOf('they')).toBe(text.indexOf('they'));
  });
});
