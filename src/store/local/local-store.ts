// The embedded store: the knowledge graph in memory, saved to one file after every write.
import type { DocumentRecord, Entity, EntityRecord, GraphCounts, RelationFilter, RelationRecord, StatementFilter, StatementRecord } from '../../core/index.js';
import { deriveSaidTo } from '../../graph/derive.js';
import type { KnowledgeGraph } from '../../graph/model.js';
import type { DocumentKey, GraphStore, ProgressListener, WriteSummary } from '../port.js';
import { loadGraphFile, saveGraphFile } from './file.js';
import { lockStore } from './lock.js';
import { mergeGraph } from './merge.js';
import { queryDocuments, queryEntities, queryRelations, queryStatements } from './queries.js';

export class LocalStore implements GraphStore {
  readonly kind = 'local' as const;

  private constructor(
    /** The file the graph is saved to. */
    readonly path: string,
    private readonly graph: KnowledgeGraph,
    private readonly unlock: () => void,
  ) {}

  /**
   * Opens the store saved at `path`, or an empty one if the file does not exist yet. With `lock`,
   * no other process may open it with `lock` until this one is closed; take it to write, since
   * writing saves the whole graph as read at opening.
   */
  static async open(path: string, options: { lock?: boolean } = {}): Promise<LocalStore> {
    // Locked before reading, so what is read is what the last writer saved.
    const unlock = options.lock ? lockStore(path) : () => {};
    try {
      return new LocalStore(path, await loadGraphFile(path), unlock);
    } catch (err) {
      unlock();
      throw err;
    }
  }

  async write(graph: KnowledgeGraph, onProgress?: ProgressListener): Promise<WriteSummary> {
    mergeGraph(this.graph, graph);
    deriveSaidTo(this.graph);
    await saveGraphFile(this.path, this.graph);
    onProgress?.(graph.order + graph.size, graph.order + graph.size);
    return { nodes: graph.order, relationships: graph.size };
  }

  async storedDocuments(documents: readonly DocumentKey[]): Promise<Set<string>> {
    // The file is replaced whole on every write, so a document in it is a document written in full.
    const fingerprints = new Set<string>();
    this.graph.forEachNode((_, a) => {
      if (a.label === 'Document' && a.fingerprint !== null) fingerprints.add(a.fingerprint);
    });
    const stored = (id: string) => this.graph.hasNode(id) && this.graph.getNodeAttribute(id, 'label') === 'Document';
    return new Set(documents.filter((d) => stored(d.id) || fingerprints.has(d.fingerprint)).map((d) => d.id));
  }

  async knownEntities(): Promise<Entity[]> {
    const out: Entity[] = [];
    this.graph.forEachNode((_, a) => {
      if ('aliases' in a) out.push({ id: a.id, name: a.name, type: a.type, aliases: [...a.aliases] });
    });
    return out;
  }

  async statements(filter?: StatementFilter): Promise<StatementRecord[]> {
    return queryStatements(this.graph, filter);
  }

  async entities(filter?: { name?: string }): Promise<EntityRecord[]> {
    return queryEntities(this.graph, filter);
  }

  async documents(filter?: { id?: string }): Promise<DocumentRecord[]> {
    return queryDocuments(this.graph, filter);
  }

  async relations(filter?: RelationFilter): Promise<RelationRecord[]> {
    return queryRelations(this.graph, filter);
  }

  async counts(): Promise<GraphCounts> {
    return { nodes: this.graph.order, relationships: this.graph.size };
  }

  async readGraph(): Promise<KnowledgeGraph> {
    return this.graph.copy();
  }

  async close(): Promise<void> {
    this.unlock();
  }
}
