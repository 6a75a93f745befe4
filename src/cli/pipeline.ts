// The main job: files in, documents read, statements extracted, entities resolved, graph written.
import type { Diagnostic, Extraction, NewsDocument } from '../core/index.js';
import { extractDocument } from '../extract/index.js';
import { buildGraph } from '../graph/build.js';
import { loadDocuments } from '../ingest/index.js';
import { resolveDocuments } from '../resolve/index.js';
import type { GraphStore } from '../store/port.js';
import type { CliIo } from './io.js';
import { progressBar } from './progress.js';

/** Documents resolved and written together; entities already stored link later chunks to earlier ones. */
const CHUNK = 250;

export interface IngestReport {
  documents: number;
  /** Documents skipped because the store already holds them in full. */
  alreadyStored: number;
  statements: number;
  relations: number;
  entities: number;
  diagnostics: Diagnostic[];
}

/** Extracts every document, reporting progress on `io`. */
export function extractAll(documents: readonly NewsDocument[], io: CliIo): Extraction[] {
  const progress = progressBar(io, 'extracting');
  return documents.map((document, i) => {
    const extraction = extractDocument(document);
    progress(i + 1, documents.length);
    return extraction;
  });
}

/** Reads `paths` and merges what they say into `store`; documents already stored are skipped, so running it twice changes nothing. */
export async function ingestPaths(paths: readonly string[], store: GraphStore, io: CliIo): Promise<IngestReport> {
  const loaded = await loadDocuments([...paths], { onProgress: progressBar(io, 'reading') });
  const report: IngestReport = { documents: 0, alreadyStored: 0, statements: 0, relations: 0, entities: 0, diagnostics: [...loaded.diagnostics] };
  // A text read again is skipped, not re-resolved: entities it created itself would otherwise pull
  // its mentions elsewhere and leave the first edges behind next to new ones.
  const stored = await store.storedDocuments(loaded.documents.map((d) => d.id));
  const fresh = loaded.documents.filter((d) => !stored.has(d.id));
  report.alreadyStored = loaded.documents.length - fresh.length;
  const entityIds = new Set<string>();
  for (let at = 0; at < fresh.length; at += CHUNK) {
    const documents = fresh.slice(at, at + CHUNK);
    const extractions = extractAll(documents, io);
    const known = await store.knownEntities();
    const batch = resolveDocuments(
      documents.map((document, i) => ({ document, extraction: extractions[i]! })),
      known,
    );
    await store.write(buildGraph(batch), progressBar(io, 'writing'));
    report.documents += batch.documents.length;
    for (const d of batch.documents) {
      report.statements += d.statements.length;
      report.relations += d.relations.length;
    }
    for (const e of batch.entities) entityIds.add(e.id);
    for (const x of extractions) report.diagnostics.push(...x.diagnostics);
  }
  report.entities = entityIds.size;
  return report;
}
