// Where quotations start and end, marks included: double, doubled apostrophes, and British single marks.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/extract/statements/quotes.js';

const quoted = (text: string): string[] => findQuotes(text).map((q) => text.slice(q.start, q.end));

describe('findQuotes', () => {
  it.each([
    ['"We will win," she said.', ['"We will win,"']],
    ["''We will win,'' she said.", ["''We will win,''"]],
    ['“We will win,” she said. “We always do.”', ['“We will win,”', '“We always do.”']],
    // single marks: the closing one is no apostrophe
    ['‘We don’t give in,’ the minister said.', ['‘We don’t give in,’']],
    ['‘The Jones’s house is safe,’ he said.', ['‘The Jones’s house is safe,’']],
    // inside a double quotation a single one is part of it
    ['“They told me, ‘Vote early,’ and I did,” she said.', ['“They told me, ‘Vote early,’ and I did,”']],
    // an apostrophe alone opens nothing
    ['The mayor’s office said it would appeal.', []],
    // a single mark closing just before the doubled apostrophes
    ["''He asked me, 'Why now?''' Mr. Hale said.", ["''He asked me, 'Why now?'''"]],
    // a quotation left open ends with its paragraph
    ['“We will win.\n\nThe count went on.', ['“We will win.']],
  ])('%s', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});
