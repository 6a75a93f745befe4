// textFingerprint: one value for texts that differ only in whitespace, another for any other change.
import { describe, expect, it } from 'vitest';
import { documentFingerprint, textFingerprint } from '../../src/core/index.js';

const ARTICLE = 'The mayor said the bridge would reopen in May.\n\n"We are on schedule," she told reporters.';

describe('textFingerprint', () => {
  it.each([
    ['a trailing newline', `${ARTICLE}\n`],
    ['leading blank lines', `\n\n${ARTICLE}`],
    ['CRLF line ends', ARTICLE.replace(/\n/g, '\r\n')],
    ['lines wrapped otherwise', ARTICLE.replace('bridge would', 'bridge\nwould').replace(' in May', '\nin May')],
    ['paragraphs run together', ARTICLE.replace('\n\n', ' ')],
    ['tabs and no-break spaces', ARTICLE.replace('the bridge', 'the\tbridge').replace('told reporters', 'told\u00a0reporters')],
  ])('is the same with %s', (_, variant) => {
    expect(textFingerprint(variant)).toBe(textFingerprint(ARTICLE));
  });

  it.each([
    ['a word changed', ARTICLE.replace('May', 'June')],
    ['two words run together', ARTICLE.replace('the bridge', 'thebridge')],
    ['a mark changed', ARTICLE.replace('schedule,"', 'schedule."')],
    ['letters in another case', ARTICLE.replace('The mayor', 'The Mayor')],
  ])('differs with %s', (_, variant) => {
    expect(textFingerprint(variant)).not.toBe(textFingerprint(ARTICLE));
  });

  it('is a short hex digest', () => {
    expect(textFingerprint(ARTICLE)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('documentFingerprint', () => {
  it("is the document text's fingerprint", () => {
    const doc = { text: 'Xi told Trump\r\nthat talks would resume.\n' };
    expect(documentFingerprint(doc)).toBe(textFingerprint(doc.text));
    expect(documentFingerprint(doc)).toBe(textFingerprint('Xi told Trump that talks would resume.'));
  });
});
