import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cypherLiteral, cypherScriptStatements, toCypherScript } from '../../src/export/cypher-script.js';
import { csvImportArguments, fromCsv, parseCsv, toCsv } from '../../src/export/csv.js';
import { fromGexf, toGexf } from '../../src/export/gexf.js';
import { fromGraphml, toGraphml } from '../../src/export/graphml.js';
import { exportGraph } from '../../src/export/index.js';
import { fromJson, toJson } from '../../src/export/json.js';
import { buildGraph } from '../../src/graph/build.js';
import type { KnowledgeGraph } from '../../src/graph/model.js';
import { LocalStore } from '../../src/store/local/local-store.js';
import { queryEntities, queryRelations, queryStatements } from '../../src/store/local/queries.js';
import { sampleBatch } from '../support/batch-fixture.js';
import { emptyNeo4jStore } from '../support/neo4j.js';

let graph: KnowledgeGraph;

beforeAll(async () => {
  const store = await LocalStore.open(join(mkdtempSync(join(tmpdir(), 'kg-export-')), 'graph.json'));
  await store.write(buildGraph(sampleBatch()));
  graph = await store.readGraph();
  // A name with every character a format must escape.
  const [someone] = graph.filterNodes((_, a) => a.label === 'Person');
  const aliases = graph.getNodeAttribute(someone!, 'aliases' as never) as unknown as string[];
  graph.setNodeAttribute(someone!, 'aliases' as never, [...aliases, 'O\'Brien "the \\ <boss>" & co;\nnext'] as never);
});

function sameAnswers(back: KnowledgeGraph): void {
  expect({ nodes: back.order, relationships: back.size }).toEqual({ nodes: graph.order, relationships: graph.size });
  expect(queryStatements(back)).toEqual(queryStatements(graph));
  expect(queryEntities(back)).toEqual(queryEntities(graph));
  expect(queryRelations(back)).toEqual(queryRelations(graph));
}

describe('exports read back with the same answers', () => {
  it.each([
    ['GraphML, by graphology-graphml', () => fromGraphml(toGraphml(graph))],
    ['GEXF, by graphology-gexf', () => fromGexf(toGexf(graph))],
    ['JSON, by graphology import', () => fromJson(toJson(graph))],
    ['CSV, by its headers', () => fromCsv(toCsv(graph))],
  ])('%s', (_, readBack) => {
    sameAnswers(readBack());
  });

  const documents = (g: KnowledgeGraph) => g.filterNodes((_, a) => a.label === 'Document').map((key) => g.getNodeAttributes(key));

  /** The graph with one document's text replaced: by text every format must escape, or by null as old stores have it. */
  function withText(text: string | null): KnowledgeGraph {
    const copy = graph.copy();
    const [doc] = copy.filterNodes((_, a) => a.label === 'Document');
    copy.setNodeAttribute(doc!, 'text' as never, text as never);
    return copy;
  }

  it.each([
    ['GraphML', (g: KnowledgeGraph) => fromGraphml(toGraphml(g))],
    ['GEXF', (g: KnowledgeGraph) => fromGexf(toGexf(g))],
    ['JSON', (g: KnowledgeGraph) => fromJson(toJson(g))],
    ['CSV', (g: KnowledgeGraph) => fromCsv(toCsv(g))],
  ])('%s keeps the documents\' text, escaped or null', (_, roundTrip) => {
    for (const g of [graph, withText('O\'Brien said: "the \\ <boss> & co;"\n\n\tnext  line '), withText(null)]) {
      expect(documents(roundTrip(g))).toEqual(documents(g));
    }
    expect(documents(graph).every((d) => 'text' in d && typeof d.text === 'string' && d.text.length > 0)).toBe(true);
  });

  it('CSV headers follow the neo4j-admin import format', () => {
    const files = toCsv(graph);
    const [head] = parseCsv(files.get('nodes-Person.csv')!);
    expect(head).toEqual(['id:ID', 'name', 'type', 'aliases:string[]', 'titles:string[]', ':LABEL']);
    expect(parseCsv(files.get('relationships-SAID_TO.csv')!)[0]).toEqual([':START_ID', ':END_ID', ':TYPE', 'id', 'count:int']);
    expect(csvImportArguments(files.keys())).toContain('--nodes=nodes-Person.csv');
  });

  it('the Cypher script rebuilds the graph in an empty Neo4j', async () => {
    const store = await emptyNeo4jStore();
    try {
      for (const statement of cypherScriptStatements(toCypherScript(graph))) await store.runCypher(statement);
      expect(await store.counts()).toEqual({ nodes: graph.order, relationships: graph.size });
      expect(await store.statements()).toEqual(queryStatements(graph));
      expect(await store.entities()).toEqual(queryEntities(graph));
    } finally {
      await store.close();
    }
  });

  it('the Cypher script carries the documents\' text into Neo4j', async () => {
    const byId = (g: KnowledgeGraph) => documents(g).sort((a, b) => a.id.localeCompare(b.id));
    const store = await emptyNeo4jStore();
    try {
      for (const statement of cypherScriptStatements(toCypherScript(graph))) await store.runCypher(statement);
      expect(byId(await store.readGraph())).toEqual(byId(graph));
    } finally {
      await store.close();
    }
  });

  it.each([
    ["it's", "'it\\'s'"],
    ['a\\b', "'a\\\\b'"],
    ['line\nbreak', "'line\\nbreak'"],
    [[1, 'x'], "[1, 'x']"],
    [{ a: null, 'odd key': true }, '{a: null, `odd key`: true}'],
  ])('cypherLiteral(%j) is %s', (value, literal) => {
    expect(cypherLiteral(value)).toBe(literal);
  });

  it('writes files for every format, a folder for CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-export-files-'));
    for (const format of ['graphml', 'gexf', 'json', 'cypher'] as const) {
      const [path] = await exportGraph(graph, format, join(dir, `graph.${format}`));
      expect(readFileSync(path!, 'utf8').length).toBeGreaterThan(100);
    }
    await exportGraph(graph, 'csv', join(dir, 'csv'));
    expect(readdirSync(join(dir, 'csv'))).toContain('IMPORT.txt');
  });
});
