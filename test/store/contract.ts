// The store contract: one suite of behaviour that every GraphStore must show, run against each store.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { stableId, textFingerprint } from '../../src/core/index.js';
import { buildGraph, CONTENT_JOINER } from '../../src/graph/build.js';
import type { DocumentNode, KnowledgeGraph } from '../../src/graph/model.js';
import type { GraphStore } from '../../src/store/port.js';
import { DOC_A, DOC_B, LAVROV, NK, sampleBatch, TRUMP, US, XI, XINHUA } from '../support/batch-fixture.js';

/** A Document node of `graph`; fails when the node is not a Document. */
function documentNode(graph: KnowledgeGraph, id: string): DocumentNode {
  const node = graph.getNodeAttributes(id);
  if (node.label !== 'Document') throw new Error(`${id} is not a Document`);
  return node;
}

/** What a document of this text is known by, as ingest gives it. */
function keyOf(text: string): { id: string; fingerprint: string } {
  return { id: stableId('doc', text), fingerprint: textFingerprint(text) };
}

/**
 * Runs the contract against the store `open` gives; it must start empty. `openOld` gives a store
 * holding the sample batch as stores wrote it before Document nodes kept their text and fingerprint.
 */
export function runStoreContract(name: string, open: () => Promise<GraphStore>, openOld: () => Promise<GraphStore>): void {
  describe(`${name} store contract`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await open();
      await store.write(buildGraph(sampleBatch()));
    });
    afterAll(async () => {
      await store?.close();
    });

    it('writing the same graph again changes no counts', async () => {
      const before = await store.counts();
      expect(before.nodes).toBe(6 + 2 + 4); // entities, documents, statements
      await store.write(buildGraph(sampleBatch()));
      expect(await store.counts()).toEqual(before);
    });

    it('tells which documents it already holds in full', async () => {
      expect(await store.storedDocuments([keyOf(DOC_A.text), keyOf('never written'), keyOf(DOC_B.text)])).toEqual(new Set([DOC_A.id, DOC_B.id]));
      expect(await store.storedDocuments([])).toEqual(new Set());
    });

    it.each([
      ['the same text', true, DOC_A.text],
      ['a trailing newline', true, `${DOC_A.text}\n`],
      ['CRLF line ends', true, DOC_A.text.replace(/\n/g, '\r\n')],
      ['its lines wrapped otherwise', true, DOC_B.text.replace(/ (?=that|the|North)/g, '\n')],
      ['its paragraphs run together', true, DOC_B.text.replace(/\n\n/g, ' ')],
      ['a word changed', false, DOC_A.text.replace('talks', 'calls')],
      ['two words run together', false, DOC_A.text.replace('telephone talks', 'telephonetalks')],
    ])('knows a document with %s as stored: %s', async (_, stored, text) => {
      const key = keyOf(text);
      expect(await store.storedDocuments([key])).toEqual(new Set(stored ? [key.id] : []));
    });

    it('answers who said what to whom, in document order', async () => {
      const all = await store.statements();
      expect(all.map((s) => [s.speaker?.name, s.addressee?.name ?? null, s.document.id])).toEqual([
        ['Xi Jinping', 'Donald Trump', DOC_A.id],
        ['Donald Trump', null, DOC_A.id],
        ['Xi Jinping', 'Donald Trump', DOC_B.id],
        ['Sergei Lavrov', null, DOC_B.id],
      ]);
    });

    it('lists its documents by date, with the statements and relations read from each', async () => {
      expect(await store.documents()).toEqual([
        { id: DOC_A.id, title: 'Xi holds talks with Trump', date: '2018-03-09', url: null, publisher: null, origin: DOC_A.origin, statements: 2, relations: 1 },
        { id: DOC_B.id, title: 'Xi reaches out to Trump', date: '2018-03-10', url: null, publisher: 'RTHK', origin: DOC_B.origin, statements: 2, relations: 0 },
      ]);
      expect((await store.documents({ id: DOC_B.id })).map((d) => d.id)).toEqual([DOC_B.id]);
      expect(await store.documents({ id: 'doc_never_written' })).toEqual([]);
    });

    it('gives each source as the text words it', async () => {
      expect((await store.statements()).map((s) => s.source)).toEqual(['Xi Jinping', 'Donald Trump', 'Xi', 'Lavrov']);
    });

    it('gives the full statement record', async () => {
      const [viaXinhua] = await store.statements({ speaker: 'Xi', documentId: DOC_B.id });
      const start = DOC_B.text.indexOf('he hoped');
      const end = DOC_B.text.indexOf(' soon.') + ' soon'.length;
      expect(viaXinhua).toEqual({
        id: expect.stringMatching(/^stm_/),
        speaker: { id: XI.id, name: 'Xi Jinping', type: 'person' },
        source: 'Xi',
        addressee: { id: TRUMP.id, name: 'Donald Trump', type: 'person' },
        cue: 'told',
        content: 'he hoped the United States and North Korea will start talks soon',
        kind: 'indirect',
        reportedBy: [{ id: XINHUA.id, name: 'Xinhua' }],
        document: { id: DOC_B.id, title: 'Xi reaches out to Trump', date: '2018-03-10' },
        sentence: DOC_B.text.split('\n\n')[0],
        span: { start, end },
      });
    });

    it('joins the parts of a split quote', async () => {
      const [quote] = await store.statements({ speaker: 'LAVROV' });
      expect(quote?.kind).toBe('direct');
      expect(quote?.content).toBe('We do hope that this meeting is going to take place, ... Certainly, it is required.');
    });

    it.each([
      [{ speaker: 'xi jinping' }, 2],
      [{ speaker: 'Xi' }, 2],
      [{ addressee: 'Trump' }, 2],
      [{ addressee: 'Donald Trump', speaker: 'Xi' }, 2],
      [{ about: 'DPRK' }, 3],
      [{ about: 'north korea', speaker: 'Donald Trump' }, 1],
      [{ speaker: 'Nobody' }, 0],
      [{ documentId: DOC_A.id }, 2],
    ])('filters statements by %j', async (filter, count) => {
      expect(await store.statements(filter)).toHaveLength(count);
    });

    it('lists entities with aliases, roles and mentions', async () => {
      const entities = await store.entities();
      expect(entities.map((e) => e.name).sort()).toEqual(
        [XI, TRUMP, LAVROV, US, NK, XINHUA].map((e) => e.name).sort(),
      );
      const trump = entities.find((e) => e.id === TRUMP.id);
      expect(trump).toEqual({
        id: TRUMP.id,
        name: 'Donald Trump',
        type: 'person',
        aliases: ['Trump'],
        roles: [{ title: 'President', organization: 'United States' }],
        mentions: 4,
      });
      expect(entities.find((e) => e.id === XI.id)?.roles).toEqual([{ title: 'President', organization: null }]);
      for (let i = 1; i < entities.length; i++) {
        expect(entities[i - 1]!.mentions).toBeGreaterThanOrEqual(entities[i]!.mentions);
      }
    });

    it('finds an entity by any alias, in any case', async () => {
      expect((await store.entities({ name: 'dprk' })).map((e) => e.id)).toEqual([NK.id]);
      expect(await store.entities({ name: 'Atlantis' })).toEqual([]);
    });

    it('unions aliases learned later instead of replacing them', async () => {
      const batch = sampleBatch();
      const nk = batch.entities.find((e) => e.id === NK.id)!;
      nk.aliases = ["Democratic People's Republic of Korea"];
      await store.write(buildGraph(batch));
      const [entity] = await store.entities({ name: 'North Korea' });
      expect(entity?.aliases).toEqual(["DPRK", "Democratic People's Republic of Korea"]);
      const known = await store.knownEntities();
      expect(known.find((e) => e.id === NK.id)?.aliases.sort()).toEqual(["DPRK", "Democratic People's Republic of Korea"]);
    });

    it('reads the whole graph back, derived SAID_TO edges included', async () => {
      const graph = await store.readGraph();
      expect({ nodes: graph.order, relationships: graph.size }).toEqual(await store.counts());
      const saidTo = graph.filterEdges((_, a) => a.type === 'SAID_TO');
      expect(saidTo.map((e) => [graph.source(e), graph.target(e), graph.getEdgeAttribute(e, 'count')])).toEqual([
        [XI.id, TRUMP.id, 2],
      ]);
      expect(graph.getNodeAttributes(XI.id)).toMatchObject({ label: 'Person', name: 'Xi Jinping', titles: ['President'] });
      const statement = graph.findNode((_, a) => a.label === 'Statement' && a.kind === 'direct');
      const attrs = statement === undefined ? undefined : graph.getNodeAttributes(statement);
      expect(attrs && 'contentSpans' in attrs ? attrs.contentSpans : []).toHaveLength(4);
    });

    it.each([
      ['the readout of the call', DOC_A],
      ['the Xinhua report', DOC_B],
    ])('keeps the text of %s and its fingerprint on its Document node', async (_, doc) => {
      const node = documentNode(await store.readGraph(), doc.id);
      expect([node.text, node.fingerprint]).toEqual([doc.text, textFingerprint(doc.text)]);
    });

    it('gives offsets that slice the stored text into what was read there', async () => {
      const graph = await store.readGraph();
      const checked = { statements: 0, relations: 0 };
      graph.forEachNode((_, s) => {
        if (s.label !== 'Statement') return;
        const text = documentNode(graph, s.documentId).text!;
        const parts = [];
        for (let i = 0; i < s.contentSpans.length; i += 2) parts.push(text.slice(s.contentSpans[i], s.contentSpans[i + 1]));
        expect(parts.join(CONTENT_JOINER)).toBe(s.content);
        expect(text.slice(s.start, s.end).startsWith(parts[0]!)).toBe(true);
        expect(text.slice(s.sentenceStart, s.sentenceEnd)).toBe(s.sentence);
        checked.statements++;
      });
      graph.forEachEdge((_, r) => {
        if (r.type !== 'INTERACTED') return;
        expect(documentNode(graph, r.documentId!).text!.slice(r.start, r.end)).toBe(r.sentence);
        checked.relations++;
      });
      expect(checked).toEqual({ statements: 4, relations: 1 });
    });

    it('answers relations between two actors in either direction', async () => {
      const forward = await store.relations({ actor: 'Xi', other: 'Trump' });
      const backward = await store.relations({ actor: 'Donald Trump', other: 'xi jinping' });
      expect(forward).toEqual(backward);
      expect(forward).toHaveLength(1);
      expect(forward[0]).toMatchObject({
        type: 'talked_with',
        source: { id: XI.id, name: 'Xi Jinping', type: 'person' },
        target: { id: TRUMP.id, name: 'Donald Trump', type: 'person' },
        date: '2018-03-09',
        document: { id: DOC_A.id, title: 'Xi holds talks with Trump', date: '2018-03-09' },
      });
      expect(forward[0]?.sentence).toContain('held telephone talks with');
      expect(await store.relations({ actor: 'Lavrov' })).toEqual([]);
      expect(await store.relations({ type: 'talked_with' })).toHaveLength(1);
    });
  });

  describe(`${name} store written before Document nodes kept their text and fingerprint`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await openOld();
    });
    afterAll(async () => {
      await store?.close();
    });

    it('reads its Document nodes with a null text and fingerprint', async () => {
      const graph = await store.readGraph();
      for (const id of [DOC_A.id, DOC_B.id]) expect(documentNode(graph, id)).toMatchObject({ text: null, fingerprint: null });
      expect(documentNode(graph, DOC_B.id)).toMatchObject({ title: 'Xi reaches out to Trump', publisher: 'RTHK' });
    });

    it('answers as before', async () => {
      expect(await store.statements()).toHaveLength(4);
      expect(await store.relations({ type: 'talked_with' })).toHaveLength(1);
    });

    it('knows its documents by id, not by fingerprint', async () => {
      const keys = [keyOf(DOC_A.text), keyOf(`${DOC_B.text}\n`)];
      expect(await store.storedDocuments(keys)).toEqual(new Set([DOC_A.id]));
    });

    it('keeps the text once the same documents are written again', async () => {
      await store.write(buildGraph(sampleBatch()));
      expect(documentNode(await store.readGraph(), DOC_A.id).text).toBe(DOC_A.text);
    });
  });
}
