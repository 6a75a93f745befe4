// The store port: what the pipeline and the queries need of a store, whichever it is.
import type {
  DocumentRecord,
  Entity,
  EntityRecord,
  GraphCounts,
  RelationFilter,
  RelationRecord,
  StatementFilter,
  StatementRecord,
} from '../core/index.js';
import type { KnowledgeGraph } from '../graph/model.js';

export interface WriteSummary {
  nodes: number;
  relationships: number;
}

export type ProgressListener = (done: number, total: number) => void;

/** What a store knows a document again by: its id, or its text's fingerprint (`textFingerprint`). */
export interface DocumentKey {
  id: string;
  fingerprint: string;
}

/**
 * A place the knowledge graph lives. Writes are idempotent: nodes and edges merge on their
 * ids, so writing the same graph twice changes nothing. Reads give the same answers, in the
 * same order, from every store.
 */
export interface GraphStore {
  readonly kind: 'neo4j' | 'local';
  /** Merges the graph into the store, then recomputes the derived SAID_TO edges. */
  write(graph: KnowledgeGraph, onProgress?: ProgressListener): Promise<WriteSummary>;
  /**
   * The ids of the given documents the store already holds in full: a stored Document has the
   * same id, or the same fingerprint (the same text bar whitespace; documents stored before
   * fingerprints were kept are known by id only). Ingest skips them, so reading the same text
   * again never re-resolves it against entities it has itself created.
   */
  storedDocuments(documents: readonly DocumentKey[]): Promise<Set<string>>;
  /** Entities already stored, so new documents resolve to the same nodes. */
  knownEntities(): Promise<Entity[]>;
  /** Ordered by document date (nulls last), document id, content start, then statement id. */
  statements(filter?: StatementFilter): Promise<StatementRecord[]>;
  /**
   * Ordered by mentions (most first), name, then id; aliases sorted; roles sorted by title then
   * organization. With `name`, only the entity answering to it (name or alias, any case).
   */
  entities(filter?: { name?: string }): Promise<EntityRecord[]>;
  /** Ordered by date (nulls last), then id; with `id`, only that document. */
  documents(filter?: { id?: string }): Promise<DocumentRecord[]>;
  /** Ordered by relation date (nulls last), document id, sentence start, then relation id. */
  relations(filter?: RelationFilter): Promise<RelationRecord[]>;
  counts(): Promise<GraphCounts>;
  /**
   * Everything stored, as one knowledge graph (SAID_TO included), for exports and pictures.
   * Node and edge attributes are exactly those of the graph model.
   */
  readGraph(): Promise<KnowledgeGraph>;
  close(): Promise<void>;
}
