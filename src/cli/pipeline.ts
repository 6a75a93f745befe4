// The main job: files in, documents read, statements extracted, entities resolved, graph written.
import { documentFingerprint, type Diagnostic, type Extraction, type NewsDocument } from '../core/index.js';
import { extractDocument } from '../extract/index.js';
import { buildGraph } from '../graph/build.js';
import { loadDocuments } from '../ingest/index.js';
import { resolveDocuments } from '../resolve/index.js';
import type { GraphStore } from '../store/port.js';
import type { CliIo } from './io.js';
import { progressBar, type Progress } from './progress.js';

/** Documents resolved and written together; entities already stored link later chunks to earlier ones. */
const CHUNK = 250;

export interface IngestReport {
  documents: number;
  /** Documents skipped because the store already holds them in full. */
  alreadyStored: number;
  /** Files in the folders read left out for their extension. */
  skippedFiles: number;
  statements: number;
  relations: number;
  entities: number;
  diagnostics: Diagnostic[];
}

/** Extracts every document, counting each on `progress`; `done` and `total` carry the count across chunks. */
export function extractAll(documents: readonly NewsDocument[], progress: Progress, done = 0, total = documents.length): Extraction[] {
  return documents.map((document, i) => {
    const extraction = extractDocument(document);
    progress(done + i + 1, total);
    return extraction;
  });
}

/** Reads `paths` and merges what they say into `store`; documents already stored are skipped, so running it twice changes nothing. */
export async function ingestPaths(paths: readonly string[], store: GraphStore, io: CliIo): Promise<IngestReport> {
  const loaded = await loadDocuments([...paths], { onProgress: progressBar(io, 'reading files') });
  const report: IngestReport = {
    documents: 0,
    alreadyStored: 0,
    skippedFiles: loaded.skipped.length,
    statements: 0,
    relations: 0,
    entities: 0,
    diagnostics: [...loaded.diagnostics],
  };
  // A text read again is skipped, not re-resolved: entities it created itself would otherwise pull
  // its mentions elsewhere and leave the first edges behind next to new ones. So is the same text
  // with other whitespace, whose statements would be the stored ones again under other ids.
  const stored = await store.storedDocuments(loaded.documents.map((d) => ({ id: d.id, fingerprint: documentFingerprint(d) })));
  const fresh = loaded.documents.filter((d) => !stored.has(d.id));
  report.alreadyStored = loaded.documents.length - fresh.length;
  const entityIds = new Set<string>();
  // One count over all chunks, of the documents the summary counts.
  const extracting = progressBar(io, 'extracting documents');
  const writing = progressBar(io, 'writing documents');
  for (let at = 0; at < fresh.length; at += CHUNK) {
    const documents = fresh.slice(at, at + CHUNK);
    const extractions = extractAll(documents, extracting, at, fresh.length);
    const known = await store.knownEntities();
    const batch = resolveDocuments(
      documents.map((document, i) => ({ document, extraction: extractions[i]! })),
      known,
    );
    await store.write(buildGraph(batch));
    writing(at + documents.length, fresh.length);
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
