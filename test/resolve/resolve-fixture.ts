// Test helper: resolve a few short articles written for the tests, as ingest does.
import type { Entity, ResolvedBatch } from '../../src/core/index.js';
import { extractDocument } from '../../src/extract/index.js';
import { resolveDocuments } from '../../src/resolve/index.js';
import { docOf } from '../extract/doc.js';

/** Extracts and resolves `texts` as one batch against the `known` entities. */
export function resolveTexts(texts: readonly string[], known: readonly Entity[] = []): ResolvedBatch {
  return resolveDocuments(
    texts.map((text) => {
      const document = docOf(text);
      return { document, extraction: extractDocument(document) };
    }),
    known,
  );
}

/** The name of the entity a document's mention written `text` resolved to (the `nth` such mention). */
export function resolvedName(batch: ResolvedBatch, doc: number, text: string, nth = 0): string | undefined {
  const hits = batch.documents[doc]!.mentions.filter((m) => m.mention.text === text);
  const id = hits[nth]?.entityId;
  return batch.entities.find((e) => e.id === id)?.name;
}

/** Names of the entities of one type, sorted. */
export function namesOf(batch: ResolvedBatch, type: Entity['type']): string[] {
  return batch.entities.filter((e) => e.type === type).map((e) => e.name).sort();
}

/** The roles a person holds in the batch, as "Title" or "Title (Place)". */
export function rolesOf(batch: ResolvedBatch, name: string): string[] {
  const byId = new Map(batch.entities.map((e) => [e.id, e]));
  const person = batch.entities.find((e) => e.name === name && e.type === 'person');
  return batch.documents
    .flatMap((d) => d.roles)
    .filter((r) => r.personId === person?.id)
    .map((r) => (r.organizationId ? `${r.title} (${byId.get(r.organizationId)?.name})` : r.title));
}
