// In a report of a two-party talk, what one party says without a named addressee is said to the other.
import type { Entity, ResolvedDocument, ResolvedRelation } from '../core/index.js';

/** Relation types that make two actors parties of one conversation. */
const CONVERSATION_TYPES = new Set(['talked_with']);

/**
 * Gives an addressee to the statements of a document that reports one conversation between two
 * people: a readout of a phone call says "Trump expressed that..." meaning "to Xi". Documents
 * with talks between several pairs are left alone, since the other party is then unclear.
 */
export function addCallPartyAddressees(doc: ResolvedDocument, entities: ReadonlyMap<string, Entity>): ResolvedDocument {
  const pairs = new Map<string, [string, string]>();
  // '"I spoke with Stefan this morning," she told the radio': a talk a speaker quotes is no report of the call.
  const quoted = (r: ResolvedRelation): boolean => doc.statements.some((s) => s.kind === 'direct' && s.content.some((c) => c.start <= r.cue.start && r.cue.end <= c.end));
  const talks = doc.relations.filter((r) => CONVERSATION_TYPES.has(r.type) && !quoted(r));
  for (const r of talks) {
    if (r.subjectId === r.objectId) continue;
    if (entities.get(r.subjectId)?.type !== 'person' || entities.get(r.objectId)?.type !== 'person') continue;
    const pair: [string, string] = r.subjectId < r.objectId ? [r.subjectId, r.objectId] : [r.objectId, r.subjectId];
    pairs.set(pair.join('|'), pair);
  }
  if (pairs.size !== 1) return doc;
  const [a, b] = [...pairs.values()][0]!;
  const first = Math.min(...talks.map((r) => r.sentence.start));
  return {
    ...doc,
    statements: doc.statements.map((s) => {
      // Only what is said once the talk is reported, and only by its parties.
      // ("Lindqvist said Brauner had promised ...": words about the other party are not said to them.)
      if (s.addresseeId !== null || s.sentence.start < first) return s;
      if (s.speakerId === a && !s.aboutIds.includes(b)) return { ...s, addresseeId: b };
      if (s.speakerId === b && !s.aboutIds.includes(a)) return { ...s, addresseeId: a };
      return s;
    }),
  };
}
