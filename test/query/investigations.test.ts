import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { about } from '../../src/query/about.js';
import { claimWords, entityLexicon, stem } from '../../src/query/claim-words.js';
import { conversation } from '../../src/query/conversation.js';
import type { StatementRecord } from '../../src/core/index.js';
import { clauses, corroborate, corroborateStatements } from '../../src/query/corroborate.js';
import { LocalStore } from '../../src/store/local/local-store.js';
import { DOC_A, DOC_B, NK, sampleBatch, US } from '../support/batch-fixture.js';

let store: LocalStore;
beforeAll(async () => {
  store = await LocalStore.open(join(mkdtempSync(join(tmpdir(), 'kg-query-')), 'graph.json'));
  await store.write(buildGraph(sampleBatch()));
});

describe('conversation', () => {
  it('gives both directions and the interactions, oldest first', async () => {
    const items = await conversation(store, 'Trump', 'Xi');
    expect(items.map((i) => [i.kind, i.date])).toEqual([
      ['relation', '2018-03-09'], // the talks, first sentence of the readout
      ['statement', '2018-03-09'],
      ['statement', '2018-03-10'],
    ]);
  });
});

describe('about', () => {
  it('finds what was said about an entity named by an alias', async () => {
    const answer = await about(store, 'DPRK');
    expect(answer.entity?.name).toBe('North Korea');
    expect(answer.statements.map((s) => s.speaker?.name)).toEqual(['Xi Jinping', 'Donald Trump', 'Xi Jinping']);
  });
});

describe('claim words', () => {
  it.each([
    ['hoped', 'hope'],
    ['hopes', 'hope'],
    ['talks', 'talk'],
    ['countries', 'country'],
    ['starting', 'start'],
  ])('stems %s like %s', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it('reads entity names by id and folds synonyms', () => {
    const lexicon = entityLexicon([US, NK]);
    const a = claimWords('the US and the DPRK can start dialogue as soon as possible', lexicon);
    const b = claimWords('the United States and North Korea will begin talks soon', lexicon);
    expect([...a].sort()).toEqual([...b].sort());
    expect(a.has(US.id)).toBe(true);
  });

  it.each([
    ['an acronym in capitals', 'the U.S. and the US side', true],
    ['a name in any case', 'NORTH KOREA said', true],
    ['"us" the pronoun', 'let us talk', false],
  ])('reads %s as the entity: %s', (_, text, isEntity) => {
    const words = claimWords(text, entityLexicon([US, NK]));
    expect(words.has(US.id) || words.has(NK.id)).toBe(isEntity);
  });

  it('splits a content into clauses', () => {
    expect(clauses('I appreciate it, and hope talks start. China also hopes for peace; we agree')).toEqual([
      'I appreciate it',
      'hope talks start.',
      'China also hopes for peace',
      'we agree',
    ]);
  });

  it('ends no clause at a title, an initial or a short month', () => {
    expect(clauses('He praised former Florida Gov. Jeb Bush. On Sept. 11 the U.S. changed. It was Mr. Smith.')).toEqual([
      'He praised former Florida Gov. Jeb Bush.',
      'On Sept. 11 the U.S. changed.',
      'It was Mr. Smith.',
    ]);
  });
});

describe('corroborate', () => {
  it('finds one claim carried by two documents, one through Xinhua', async () => {
    const claims = await corroborate(store);
    expect(claims).toHaveLength(1);
    const [claim] = claims;
    expect(claim?.speaker?.name).toBe('Xi Jinping');
    expect(claim?.documents).toBe(2);
    expect(claim?.chains).toEqual(['', 'Xinhua']);
    expect(claim?.carriers.map((c) => c.statement.document.id).sort()).toEqual([DOC_A.id, DOC_B.id].sort());
  });

  it('does not match claims that only share common words', async () => {
    const claims = await corroborate(store, { minShared: 7 });
    expect(claims).toEqual([]);
  });

  // "The agency quoted the minister as saying that she hoped that ...": two statements, one nested in the other.
  const text = 'The agency quoted the minister as saying that she hoped that the ceasefire will hold through the winter months.';
  const said = (start: number, reportedBy: string[], documentId = 'doc_a'): StatementRecord => ({
    id: `st_${start}_${reportedBy.length}_${documentId}`,
    speaker: { id: 'p_minister', name: 'The Minister', type: 'person' },
    source: 'the minister',
    addressee: null,
    cue: 'said',
    content: text.slice(start),
    kind: 'indirect',
    reportedBy: reportedBy.map((name) => ({ id: name, name })),
    document: { id: documentId, title: null, date: null },
    sentence: text,
    span: { start, end: text.length },
  });
  const nested = [said(text.indexOf('she hoped'), ['Agency']), said(text.indexOf('the ceasefire'), [])];

  it.each([
    ['a statement nested in another of the same document', nested, 0],
    ['the same claim in another document', [nested[0]!, said(text.indexOf('the ceasefire'), [], 'doc_b')], 1],
  ])('%s: %i claims', (_, statements, count) => {
    expect(corroborateStatements(statements, entityLexicon([]))).toHaveLength(count);
  });

  // A short claim: "through the winter months" holds fewer meaning-bearing words than a match by overlap needs.
  const short = (documentId: string, start = text.indexOf('through the winter')) => said(start, [], documentId);
  it.each([
    ['a short claim in the same words in another document', [short('doc_a'), short('doc_b')], 1],
    ['a short claim and a longer one that holds it', [short('doc_a'), said(text.indexOf('the ceasefire'), [], 'doc_b')], 0],
  ])('%s: %j claims', (_, statements, count) => {
    expect(corroborateStatements(statements, entityLexicon([]))).toHaveLength(count);
  });
});
