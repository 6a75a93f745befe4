// In a report of a two-party talk, what one party says without a named addressee is said to the other.
import type { Entity, ResolvedDocument } from '../core/index.js';

/** Relation types that make two actors parties of one conversation. */
const CONVERSATION_TYPES = new Set(['talked_with']);

/**
 * Gives an addressee to the statements of a document that reports one conversation between two
 * people: a readout of a phone call says "Trump expressed that..." meaning "to Xi". Documents
 * with talks between several pairs are left alone, since the other party is then unclear.
 */
export function addCallPartyAddressees(doc: ResolvedDocument, entities: ReadonlyMap<string, Entity>): ResolvedDocument {
  const pairs = new Map<string, [string, string]>();
  for (const r of doc.relations) {
    if (!CONVERSATION_TYPES.has(r.type) || r.subjectId === r.objectId) continue;
    if (entities.get(r.subjectId)?.type !== 'person' || entities.get(r.objectId)?.type !== 'person') continue;
    const pair: [string, string] = r.subjectId < r.objectId ? [r.subjectId, r.objectId] : [r.objectId, r.subjectId];
    pairs.set(pair.join('|'), pair);
  }
  if (pairs.size !== 1) return doc;
  const [a, b] = [...pairs.values()][0]!;
  const first = Math.min(...doc.relations.filter((r) => CONVERSATION_TYPES.has(r.type)).map((r) => r.sentence.start));
  return {
    ...doc,
    statements: doc.statements.map((s) => {
      // Only what is said once the talk is reported, and only by its parties.
      if (s.addresseeId !== null || s.sentence.start < first) return s;
      if (s.speakerId === a) return { ...s, addresseeId: b };
      if (s.speakerId === b) return { ...s, addresseeId: a };
      return s;
    }),
  };
}
