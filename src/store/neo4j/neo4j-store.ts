// The Neo4j store: the graph written with batched, idempotent MERGEs and read back with saved Cypher.
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import {
  normalizeName,
  type DocumentRecord,
  type DocumentRef,
  type Entity,
  type EntityRecord,
  type EntityRef,
  type GraphCounts,
  type RelationFilter,
  type RelationRecord,
  type RoleRecord,
  type StatementFilter,
  type StatementRecord,
} from '../../core/index.js';
import { createKnowledgeGraph, EDGE_ENDS, ENTITY_LABELS, type EdgeType, type KnowledgeGraph, type NodeLabel } from '../../graph/model.js';
import { normalizeEdge, normalizeNode } from '../../graph/normalize.js';
import { roleRecords, sortDocuments, sortEntities, sortRelations, sortStatements } from '../order.js';
import type { DocumentKey, GraphStore, ProgressListener, WriteSummary } from '../port.js';
import { cypherFile, cypherStatements, fillTemplate } from '../../graph/cypher-files.js';
import { storeErrorFrom } from './errors.js';

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

const BATCH = 1000;

type Props = Record<string, unknown>;

const nameParam = (v: string | undefined) => (v === undefined ? null : normalizeName(v));

function props(r: Neo4jRecord, key: string): Props | null {
  const v = r.get(key) as { properties?: Props } | null;
  return v?.properties ?? null;
}

function entityRef(p: Props | null): EntityRef | null {
  return p ? { id: String(p['id']), name: String(p['name']), type: p['type'] as EntityRef['type'] } : null;
}

function documentRef(p: Props): DocumentRef {
  return { id: String(p['id']), title: (p['title'] as string | undefined) ?? null, date: (p['date'] as string | undefined) ?? null };
}

/** Driver values (nodes, relationships, lists) as plain JSON for `kg cypher`. */
function plain(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') {
    const o = v as { labels?: string[]; type?: string; properties?: Props };
    if (o.properties && o.labels) return { _labels: o.labels, ...plain(o.properties) as Props };
    if (o.properties && typeof o.type === 'string') return { _type: o.type, ...plain(o.properties) as Props };
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  }
  return v;
}

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private schemaReady = false;

  constructor(
    private readonly driver: Driver,
    private readonly options: Neo4jOptions,
  ) {}

  private async run(query: string, params: Props = {}, mode: 'READ' | 'WRITE' = 'READ'): Promise<Neo4jRecord[]> {
    const session = this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.options.database ? { database: this.options.database } : {}),
    });
    try {
      const result = await session.run(query, params);
      return result.records;
    } catch (err) {
      throw storeErrorFrom(err, this.options.uri);
    } finally {
      await session.close();
    }
  }

  private async ensureSchema(): Promise<void> {
    if (this.schemaReady) return;
    for (const statement of cypherStatements(cypherFile('schema'))) await this.run(statement, {}, 'WRITE');
    this.schemaReady = true;
  }

  private async batched(query: string, rows: Props[], advance: (n: number) => void): Promise<void> {
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      await this.run(query, { rows: batch }, 'WRITE');
      advance(batch.length);
    }
  }

  async write(graph: KnowledgeGraph, onProgress?: ProgressListener): Promise<WriteSummary> {
    await this.ensureSchema();
    const total = graph.order + graph.size;
    let done = 0;
    const advance = (n: number) => {
      done += n;
      onProgress?.(done, total);
    };
    const nodes = new Map<string, Props[]>();
    graph.forEachNode((_, a) => {
      const { label, ...rest } = a;
      nodes.set(label, [...(nodes.get(label) ?? []), 'aliases' in a ? { id: a.id, name: a.name, type: a.type, aliases: a.aliases, titles: a.titles } : { id: a.id, props: rest }]);
    });
    for (const label of ['Document', ...Object.values(ENTITY_LABELS), 'Statement'] as NodeLabel[]) {
      const rows = nodes.get(label) ?? [];
      if (rows.length === 0) continue;
      const file = label === 'Document' || label === 'Statement' ? 'store/merge-nodes' : 'store/merge-entities';
      await this.batched(fillTemplate(cypherFile(file), { LABEL: label }), rows, advance);
    }
    const edges = new Map<EdgeType, Props[]>();
    graph.forEachEdge((_, a, from, to) => {
      const { id, type, ...rest } = a;
      edges.set(type, [...(edges.get(type) ?? []), { id, from, to, props: rest }]);
    });
    for (const [type, rows] of edges) {
      // SAID_TO is derived from everything stored, below, not copied from one batch.
      if (type === 'SAID_TO') {
        advance(rows.length);
        continue;
      }
      const [from, to] = EDGE_ENDS[type];
      await this.batched(fillTemplate(cypherFile('store/merge-edges'), { FROM: from, TO: to, TYPE: type }), rows, advance);
    }
    await this.run(cypherFile('store/derive-said-to'), {}, 'WRITE');
    // Ids alone: the rows' properties, texts included, are written already.
    const documentIds = (nodes.get('Document') ?? []).map((row) => ({ id: row['id'] }));
    await this.batched(cypherFile('store/complete-documents'), documentIds, () => {});
    return { nodes: graph.order, relationships: graph.size };
  }

  async storedDocuments(documents: readonly DocumentKey[]): Promise<Set<string>> {
    // A database written before the fingerprint index gets it here, before its first lookup by fingerprint.
    await this.ensureSchema();
    const found = new Set<string>();
    for (let i = 0; i < documents.length; i += BATCH) {
      // The keys alone: a caller may pass whole documents, whose text need not travel.
      const rows = documents.slice(i, i + BATCH).map((d) => ({ id: d.id, fingerprint: d.fingerprint }));
      for (const r of await this.run(cypherFile('store/stored-documents'), { documents: rows })) found.add(String(r.get('id')));
    }
    return found;
  }

  async knownEntities(): Promise<Entity[]> {
    const rows = await this.run(cypherFile('store/known-entities'));
    return rows.map((r) => ({ id: r.get('id'), name: r.get('name'), type: r.get('type'), aliases: r.get('aliases') }));
  }

  async statements(filter: StatementFilter = {}): Promise<StatementRecord[]> {
    const rows = await this.run(cypherFile('store/statements'), {
      speaker: nameParam(filter.speaker),
      addressee: nameParam(filter.addressee),
      about: nameParam(filter.about),
      documentId: filter.documentId ?? null,
    });
    return sortStatements(
      rows.map((r) => {
        const s = props(r, 'statement')!;
        return {
          id: String(s['id']),
          speaker: entityRef(props(r, 'speaker')),
          source: (s['sourceText'] as string | undefined) ?? null,
          addressee: entityRef(props(r, 'addressee')),
          cue: (s['cue'] as string | undefined) ?? null,
          content: String(s['content']),
          kind: s['kind'] === 'direct' ? 'direct' : 'indirect',
          reportedBy: (r.get('reporters') as ({ id: string; name: string } | null)[]).filter((x): x is { id: string; name: string } => x !== null),
          document: documentRef(r.get('document') as Props),
          sentence: String(s['sentence']),
          span: { start: Number(s['start']), end: Number(s['end']) },
        };
      }),
    );
  }

  async entities(filter: { name?: string } = {}): Promise<EntityRecord[]> {
    const rows = await this.run(cypherFile('store/entities'), { name: nameParam(filter.name) });
    return sortEntities(
      rows.map((r) => {
        const e = props(r, 'entity')!;
        const held = (r.get('held') as (RoleRecord | null)[]).filter((x): x is RoleRecord => x !== null);
        return {
          id: String(e['id']),
          name: String(e['name']),
          type: e['type'] as EntityRecord['type'],
          aliases: (e['aliases'] as string[] | undefined) ?? [],
          roles: roleRecords(
            held.map((h) => ({ title: h.title, organization: h.organization ?? null })),
            (e['titles'] as string[] | undefined) ?? [],
          ),
          mentions: Number(r.get('mentions')),
        };
      }),
    );
  }

  async documents(filter: { id?: string } = {}): Promise<DocumentRecord[]> {
    const ids = filter.id !== undefined ? [filter.id] : (await this.run(cypherFile('store/document-ids'))).map((r) => String(r.get('id')));
    const rows: Neo4jRecord[] = [];
    // In batches, each document found through the id constraint.
    for (let i = 0; i < ids.length; i += BATCH) rows.push(...(await this.run(cypherFile('store/documents'), { ids: ids.slice(i, i + BATCH) })));
    return sortDocuments(
      rows.map((r) => {
        const d = r.get('document') as Props;
        return {
          id: String(d['id']),
          title: (d['title'] as string | null | undefined) ?? null,
          date: (d['date'] as string | null | undefined) ?? null,
          url: (d['url'] as string | null | undefined) ?? null,
          publisher: (d['publisher'] as string | null | undefined) ?? null,
          origin: String(d['origin'] ?? ''),
          statements: Number(r.get('statements')),
          relations: Number(r.get('relations')),
        };
      }),
    );
  }

  async relations(filter: RelationFilter = {}): Promise<RelationRecord[]> {
    const rows = await this.run(cypherFile('store/relations'), {
      actor: nameParam(filter.actor),
      other: nameParam(filter.other),
      type: filter.type ?? null,
    });
    return sortRelations(
      rows.map((r) => {
        const rel = props(r, 'relation')!;
        return {
          id: String(rel['id']),
          type: String(rel['relation']),
          source: entityRef(props(r, 'source'))!,
          target: entityRef(props(r, 'target'))!,
          date: (rel['date'] as string | undefined) ?? null,
          document: documentRef(r.get('document') as Props),
          sentence: String(rel['sentence'] ?? ''),
          span: { start: Number(rel['start'] ?? 0), end: Number(rel['end'] ?? 0) },
        };
      }),
    );
  }

  async counts(): Promise<GraphCounts> {
    const [row] = await this.run(cypherFile('store/counts'));
    return { nodes: Number(row?.get('nodes') ?? 0), relationships: Number(row?.get('relationships') ?? 0) };
  }

  async readGraph(): Promise<KnowledgeGraph> {
    const graph = createKnowledgeGraph();
    for (const r of await this.run(cypherFile('store/graph-nodes'))) {
      const labels = r.get('labels') as string[];
      const label = labels.find((l) => l !== 'Entity') as NodeLabel;
      const attrs = normalizeNode(label, r.get('props') as Props);
      graph.addNode(attrs.id, attrs);
    }
    for (const r of await this.run(cypherFile('store/graph-edges'))) {
      const attrs = normalizeEdge(r.get('type') as string, r.get('props') as Props);
      graph.addDirectedEdgeWithKey(attrs.id, r.get('from') as string, r.get('to') as string, attrs);
    }
    return graph;
  }

  /** Runs any Cypher with parameters; rows come back as plain JSON objects. */
  async runCypher(query: string, params: Props = {}): Promise<Props[]> {
    const rows = await this.run(query, params, 'WRITE');
    return rows.map((r) => plain(r.toObject()) as Props);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
