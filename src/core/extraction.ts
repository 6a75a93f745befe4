// What extraction reads off one document: spans only, before any entity is resolved.
import type { Diagnostic } from './diagnostics.js';
import type { Span } from './span.js';

export type EntityType = 'person' | 'organization' | 'place';

/** How a mention names its entity: by name, by pronoun, or by a description ("the news agency"). */
export type MentionKind = 'name' | 'pronoun' | 'description';

/** A span of text that refers to a person, organization or place. */
export interface Mention {
  /** Stable id: `stableId('men', documentId, start, end)`. */
  id: string;
  documentId: string;
  span: Span;
  /** Exactly `text.slice(span.start, span.end)`. */
  text: string;
  type: EntityType;
  kind: MentionKind;
  /**
   * The entity's canonical name when a lexicon or rule knows it ("DPRK" -> "North Korea",
   * "the Chinese side" -> "China"). Inferred, not read: the text says `text`.
   */
  canonical?: string;
  /** A person's gender where the text shows it: a first name the tagger knows, "Mr." or "Mrs.". */
  gender?: 'male' | 'female';
  /** Inside a quotation: the quoted speaker's words, not the narration's. */
  quoted?: boolean;
  /**
   * What kind of organization or person a lexicon says it is ("news agency", "head of state").
   * On a description ("the news agency"), the kind of entity it refers back to.
   */
  class?: string;
}

/** A title read next to a person's name: "Russian Foreign Minister Sergei Lavrov". */
export interface RoleMention {
  documentId: string;
  /** The span of the person's name. */
  person: Span;
  /** The title without the affiliation: "Foreign Minister". */
  title: string;
  /** The span of the whole role phrase, affiliation included. */
  span: Span;
  /** Canonical name of the organization or place the role is held in ("Russia" for "Russian"). */
  affiliation?: string;
}

export type StatementKind = 'direct' | 'indirect';

/** One attribution: who (source) said (cue) what (content), with spans into the text. */
export interface StatementSpans {
  /** Stable id: `stableId('stm', documentId, first content start, last content end)`. */
  id: string;
  documentId: string;
  /** The source as written ("Lavrov", "he", "officials"); null when the text names none. */
  source: Span | null;
  /** The cue: "said", "told", "pointed out", "according to", a colon. */
  cue: Span | null;
  /** The content; several spans when the quote is split around its cue. Never empty. */
  content: Span[];
  /** Direct when the content is a quotation, indirect when it is reported speech. */
  kind: StatementKind;
  /** The one spoken to ("told Trump"), when the text says. */
  addressee: Span | null;
  /** Who relayed it, nearest to the speaker first ("Xinhua quoted Xi as saying" -> [Xinhua]). */
  reporters: Span[];
  /** The sentence or sentences the statement was read from. */
  sentence: Span;
}

/** An interaction between two actors read from one sentence: "Xi told Trump", "talked with". */
export interface RelationMention {
  documentId: string;
  /** A fixed, lower-case verb phrase: `told`, `talked_with`, `congratulated`, `thanked`, ... */
  type: string;
  subject: Span;
  object: Span;
  /** The words that state the interaction. */
  cue: Span;
  sentence: Span;
  /** ISO date of the interaction when the sentence or document gives it. */
  date?: string;
}

/** Everything extraction found in one document. */
export interface Extraction {
  documentId: string;
  mentions: Mention[];
  roles: RoleMention[];
  statements: StatementSpans[];
  relations: RelationMention[];
  diagnostics: Diagnostic[];
}
