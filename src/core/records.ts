// The answers queries give, the same from both stores; their JSON form is a public contract.
import type { EntityType, StatementKind } from './extraction.js';
import type { Span } from './span.js';

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface DocumentRef {
  id: string;
  title: string | null;
  date: string | null;
}

export interface StatementRecord {
  id: string;
  speaker: EntityRef | null;
  /** The source as the text words it ("Xi", "officials"), whether or not it names an entity; null when none is read. */
  source: string | null;
  addressee: EntityRef | null;
  cue: string | null;
  /** The content; the parts of a split quote joined by " ... ". */
  content: string;
  kind: StatementKind;
  reportedBy: { id: string; name: string }[];
  document: DocumentRef;
  /** The text of the sentence(s) the statement was read from. */
  sentence: string;
  /** The span covering the content, in the document's text. */
  span: Span;
}

export interface RoleRecord {
  title: string;
  organization: string | null;
}

export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: RoleRecord[];
  /** How many times the documents mention it. */
  mentions: number;
}

export interface RelationRecord {
  id: string;
  type: string;
  source: EntityRef;
  target: EntityRef;
  date: string | null;
  document: DocumentRef;
  sentence: string;
  span: Span;
}

export interface StatementFilter {
  /** Name or alias of the speaker, any case. */
  speaker?: string;
  addressee?: string;
  /** An entity mentioned in the content. */
  about?: string;
  documentId?: string;
}

export interface RelationFilter {
  /** Either end, by name or alias. */
  actor?: string;
  /** With `actor`: the other end. */
  other?: string;
  type?: string;
}

/** What is known of a stored document besides its text. */
export interface DocumentInfo {
  id: string;
  title: string | null;
  date: string | null;
  url: string | null;
  publisher: string | null;
  /** The file (and line, for JSONL) it was read from. */
  origin: string;
}

/** A document in the store, with how much was read from it. */
export interface DocumentRecord extends DocumentInfo {
  statements: number;
  relations: number;
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
}
