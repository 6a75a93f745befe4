// Resolved entities and the extracted items tied to them: the input of the graph builder.
import type { NewsDocument } from './document.js';
import type { EntityType, Mention, RelationMention, StatementSpans } from './extraction.js';
import type { Evidence } from './span.js';

/** A role held by a person, tied to where it was read. */
export interface Role {
  title: string;
  /** The organization or place the role is held in, when known. */
  organizationId: string | null;
  evidence: Evidence;
}

/** One real-world person, organization or place, however the texts name it. */
export interface Entity {
  /**
   * Stable id from type and canonical name in the form names are compared in:
   * `stableId('ent', type, normalizeName(name))`; an entity keeps its id when its name is rewritten.
   */
  id: string;
  /** Canonical name: a person's full name without titles, a country's usual short name. */
  name: string;
  type: EntityType;
  /** Every other way the texts name it ("DPRK", "Democratic People's Republic of Korea"). */
  aliases: string[];
}

/** A statement whose source, addressee and reporters are resolved to entities. */
export interface ResolvedStatement extends StatementSpans {
  speakerId: string | null;
  addresseeId: string | null;
  /** Same order as `reporters`; a reporter that names no entity is left out. */
  reporterIds: string[];
  /** Entities mentioned in the content. */
  aboutIds: string[];
}

/** A relation whose two ends are resolved to entities. */
export interface ResolvedRelation extends RelationMention {
  /** Stable id: `stableId('rel', documentId, type, subjectId, objectId, sentence.start)`. */
  id: string;
  subjectId: string;
  objectId: string;
}

/** A person's role, resolved. */
export interface ResolvedRole extends Role {
  personId: string;
}

/** One document with everything read from it tied to entities. */
export interface ResolvedDocument {
  document: NewsDocument;
  mentions: { mention: Mention; entityId: string }[];
  statements: ResolvedStatement[];
  relations: ResolvedRelation[];
  roles: ResolvedRole[];
}

/** The result of resolving a batch of documents. */
export interface ResolvedBatch {
  entities: Entity[];
  documents: ResolvedDocument[];
}
