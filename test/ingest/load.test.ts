import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/index.js';
import { documentDate } from '../../src/core/dates.js';
import type { Diagnostic } from '../../src/core/index.js';
import { articleDate } from '../../src/ingest/dateline.js';
import { loadDocuments } from '../../src/ingest/index.js';

const F = 'test/fixtures/ingest';

describe('loadDocuments', () => {
  it('reads the sample articles with titles and dates, junk removed', async () => {
    const { documents, diagnostics } = await loadDocuments(['data/samples']);
    expect(diagnostics).toEqual([]);
    expect(documents.map((d) => [d.title, d.date])).toEqual([
      ['Xi Jinping Holds Telephone Talks at Request with President Donald Trump of the US', '2018-03-09'],
      ['Xi Reaches Out To Trump Over North Korea', '2018-03-09'],
    ]);
    for (const d of documents) {
      expect(d.text).not.toMatch(/jQuery|Share this story|Suggest To A Friend|Home >|Published date/);
      expect(d.id).toMatch(/^doc_[0-9a-f]{16}$/);
    }
  });

  it('keeps the text exactly as read when cleaning is off', async () => {
    const file = 'data/samples/004_a2a29330f5e627a1.txt';
    const { documents } = await loadDocuments([file], { clean: false });
    expect(documents[0]!.text).toBe(readFileSync(file, 'utf8'));
  });

  it('gives the same ids on every load', async () => {
    const a = await loadDocuments(['data/samples']);
    const b = await loadDocuments(['data/samples/000_e2447bf0e712ceff.txt', 'data/samples']);
    expect(b.documents.map((d) => d.id)).toEqual(a.documents.map((d) => d.id));
  });

  it('reads HTML with a real parser, without scripts, navigation or share bars', async () => {
    const { documents } = await loadDocuments([`${F}/page.html`]);
    const [doc] = documents;
    expect(doc!.title).toBe('Lavrov hails planned meeting');
    expect(doc!.date).toBe('2018-03-09');
    expect(doc!.text).toContain('"We do hope that this meeting is going to take place," Lavrov said.');
    expect(doc!.text).not.toMatch(/jQuery|Share this story|Copyright|Other story|color:red|Home/);
  });

  it('reads JSONL line by line and names the bad lines', async () => {
    const { documents, diagnostics } = await loadDocuments([`${F}/archive.jsonl`]);
    expect(documents.map((d) => [d.title ?? null, d.date, d.publisher ?? null])).toEqual([
      ['Japan hails', '2018-03-09', 'Wire'],
      [null, '2018-03-10', null],
    ]);
    expect(documents[0]!.url).toBe('https://example.org/japan');
    expect(diagnostics.map((d) => [d.place, d.rule])).toEqual([
      [`${F}/archive.jsonl:2`, 'bad-jsonl'],
      [`${F}/archive.jsonl:3`, 'bad-jsonl'],
    ]);
  });

  it.each([
    ['empty.txt', 'empty', 'warning'],
    ['archive.txt', 'binary', 'error'],
  ])('skips %s with a %s diagnostic', async (name, rule, severity) => {
    const { documents, diagnostics } = await loadDocuments([`${F}/${name}`]);
    expect(documents).toEqual([]);
    expect(diagnostics).toMatchObject([{ rule, severity, place: `${F}/${name}` }]);
  });

  it('reads a Latin-1 file with a warning', async () => {
    const { documents, diagnostics } = await loadDocuments([`${F}/latin1.txt`]);
    expect(documents[0]!.text).toBe('Le président a déclaré que la réunion aura lieu.\n');
    expect(diagnostics).toMatchObject([{ rule: 'not-utf8', severity: 'warning' }]);
  });

  it('loads the good files of a folder, recursively, with bad ones in it', async () => {
    const seen: Diagnostic[] = [];
    const progress: number[] = [];
    const { documents, diagnostics } = await loadDocuments([F], { onDiagnostic: (d) => seen.push(d), onProgress: (done) => progress.push(done) });
    expect(documents.map((d) => d.origin).sort()).toEqual([
      `${F}/archive.jsonl:1`,
      `${F}/archive.jsonl:4`,
      `${F}/broken.htm`,
      `${F}/latin1.txt`,
      `${F}/nested/wire-copy.txt`,
      `${F}/page.html`,
    ]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toHaveLength(3);
    expect(seen).toEqual(diagnostics);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('loads the same text once, with a warning naming both files', async () => {
    const { documents, diagnostics, twins } = await loadDocuments([`${F}/nested/wire.txt`, `${F}/nested/wire-copy.txt`]);
    expect(documents).toHaveLength(1);
    expect([...twins]).toEqual([[`${F}/nested/wire-copy.txt`, `${F}/nested/wire.txt`]]);
    expect(diagnostics).toMatchObject([{ rule: 'duplicate', place: `${F}/nested/wire-copy.txt` }]);
    expect(diagnostics[0]!.reason).toContain(`${F}/nested/wire.txt`);
  });

  it('takes the date of a yearless dateline, with the year from the text', async () => {
    const { documents } = await loadDocuments([`${F}/nested/wire.txt`]);
    expect(documents[0]).toMatchObject({ title: 'Seoul welcomes talks', date: '2018-03-09' });
  });

  it('parses broken HTML and drops header, form, aside and empty labels', async () => {
    const { documents } = await loadDocuments([`${F}/broken.htm`]);
    const doc = documents[0]!;
    expect(doc.title).toBe('Japan hails announcement');
    expect(doc.date).toBe('2018-03-09');
    expect(doc.text).toBe(
      'TOKYO, March 9, 2018 - Japan, a key regional ally, also hailed the announcement.\n\n' +
        'Prime Minister Shinzo Abe told reporters: "We welcome the move."\n\n' +
        'Abe said he would speak with Trump soon',
    );
  });

  it('skips a file over the size limit without reading it', async () => {
    const { documents, diagnostics } = await loadDocuments([`${F}/page.html`, `${F}/latin1.txt`], { maxBytes: 100 });
    expect(documents.map((d) => d.origin)).toEqual([`${F}/latin1.txt`]);
    expect(diagnostics).toMatchObject([{ rule: 'too-large', severity: 'error', place: `${F}/page.html` }, { rule: 'not-utf8' }]);
  });

  it('refuses a path that does not exist, naming it', async () => {
    const err = await loadDocuments(['no/such/file.txt']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).file).toBe('no/such/file.txt');
  });
});

describe('loadDocuments with one article in other whitespace', () => {
  const ARTICLE = [
    'Harbour talks resume',
    '',
    'The port authority said on Monday that talks with the dock workers would resume next week.',
    '',
    '"We want a deal before the summer," its chairman, Ola Berg, told reporters.',
    '',
  ].join('\n');
  const rewrapped = ARTICLE.replace('talks with the dock', 'talks with\nthe dock').replace(' before the summer', '\nbefore the summer');

  /** The article as `first.txt` and another copy as `name`, in a folder of their own. */
  function twoCopies(name: string, copy: string): [string, string] {
    const dir = mkdtempSync(join(tmpdir(), 'kg-twins-'));
    writeFileSync(join(dir, 'first.txt'), ARTICLE);
    writeFileSync(join(dir, name), copy);
    return [join(dir, 'first.txt'), join(dir, name)];
  }

  it.each([
    ['a trailing newline', 'copy.txt', `${ARTICLE}\n`, '', 'same text bar whitespace'],
    ['lines wrapped otherwise', 'copy.txt', rewrapped, '', 'same text bar whitespace'],
    ['blank lines between paragraphs doubled', 'copy.txt', ARTICLE.replace(/\n\n/g, '\n\n\n\n'), '', 'same text bar whitespace'],
    ['no final newline, in a JSONL line', 'feed.jsonl', `${JSON.stringify({ text: ARTICLE.trimEnd() })}\n`, ':1', 'same text bar whitespace'],
    // Cleaning makes every line end `\n`, so the texts loaded are the same exactly.
    ['CRLF line ends', 'copy.txt', ARTICLE.replace(/\n/g, '\r\n'), '', 'same text'],
  ])('loads it once with %s, with a warning naming both', async (_, name, copy, line, same) => {
    const [first, other] = twoCopies(name, copy);
    const { documents, diagnostics, twins } = await loadDocuments([first, other]);
    expect(documents.map((d) => [d.origin, d.text])).toEqual([[first, ARTICLE]]);
    expect(diagnostics).toEqual([
      { severity: 'warning', reason: `${same} as ${first}; loaded once`, place: `${other}${line}`, rule: 'duplicate' },
    ]);
    expect([...twins]).toEqual([[`${other}${line}`, first]]);
  });

  it('loads both, each with its own text, when only exact copies are one', async () => {
    const [first, other] = twoCopies('copy.txt', rewrapped);
    const { documents, diagnostics, twins } = await loadDocuments([first, other], { sameText: 'exact' });
    expect(documents.map((d) => d.text)).toEqual([ARTICLE, rewrapped]);
    expect(diagnostics).toEqual([]);
    expect(twins.size).toBe(0);
  });
});

describe('articleDate', () => {
  it.each([
    ['WASHINGTON, March 9 (Reuters) - Talks. Filed 2018-03-10.', undefined, '2018-03-09'],
    ['March 9 (Reuters) - No year in the text.', '2018', '2018-03-09'],
    ['March 9 (Reuters) - No year anywhere.', undefined, undefined],
    ['February 30 (AP) - Filed 2018-03-01.', undefined, '2018-03-01'],
    ['On March 9, 2018, President Xi Jinping held talks', undefined, '2018-03-09'],
    ['Title\n\n2018-03-09 HKT 16:35\n\nLast updated: 2018-03-10', undefined, '2018-03-09'],
  ])('%j (hint %s) -> %s', (text, hint, date) => {
    expect(articleDate(text, hint)).toBe(date);
  });
});

describe('documentDate', () => {
  it.each([
    ['On March 9, 2018, President Xi Jinping held talks', '2018-03-09'],
    ['Published 2018-03-09 HKT 16:35', '2018-03-09'],
    ['LONDON, 9 March 2018 - Talks', '2018-03-09'],
    ['Sept. 12, 2016 and then 2017-01-01', '2016-09-12'],
    ['No date here, only March 9.', undefined],
    ['Not a date: 2018-02-31', undefined],
  ])('%j -> %s', (text, date) => {
    expect(documentDate(text)).toBe(date);
  });
});
