// The graph model: node labels, relationship types and their properties, shared by both stores.
import graphology from 'graphology';
import type { DocumentInfo, EntityType, StatementKind } from '../core/index.js';

export const ENTITY_LABELS = { person: 'Person', organization: 'Organization', place: 'Place' } as const;
export type EntityLabel = (typeof ENTITY_LABELS)[EntityType];
export type NodeLabel = 'Document' | 'Statement' | EntityLabel;

/** Relationship types; a store never takes a type from anywhere but this list. */
export const EDGE_TYPES = [
  'SAID', // entity -> Statement
  'TO', // Statement -> entity (addressee)
  'IN', // Statement -> Document
  'REPORTED_BY', // Statement -> entity {order}
  'ABOUT', // Statement -> entity mentioned in the content
  'HOLDS_ROLE', // Person -> Organization|Place {title, documentId}
  'MENTIONED_IN', // entity -> Document {count}
  'INTERACTED', // entity -> entity {type, date, documentId, start, end, sentence, cue}
  'SAID_TO', // entity -> entity {count}: derived from SAID and TO, recomputed by the store
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

/** The labels at the two ends of each relationship type (`Entity` is on every entity node). */
export const EDGE_ENDS: Record<EdgeType, [string, string]> = {
  SAID: ['Entity', 'Statement'],
  TO: ['Statement', 'Entity'],
  IN: ['Statement', 'Document'],
  REPORTED_BY: ['Statement', 'Entity'],
  ABOUT: ['Statement', 'Entity'],
  HOLDS_ROLE: ['Entity', 'Entity'],
  MENTIONED_IN: ['Entity', 'Document'],
  INTERACTED: ['Entity', 'Entity'],
  SAID_TO: ['Entity', 'Entity'],
};

export interface DocumentNode extends DocumentInfo {
  label: 'Document';
  /**
   * The text every offset of the document's statements and relations points into, kept so
   * they can be checked in the graph itself; null in stores written before it was kept.
   */
  text: string | null;
  /**
   * The text's `textFingerprint`, the same for a copy that differs only in whitespace; null in
   * stores written before it was kept.
   */
  fingerprint: string | null;
}

export interface EntityNode {
  label: EntityLabel;
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Titles read for a person with no known organization ("President"). */
  titles: string[];
}

export interface StatementNode {
  label: 'Statement';
  id: string;
  documentId: string;
  /** The content parts joined by " ... ". */
  content: string;
  /** Content spans flattened: [start0, end0, start1, end1, ...]. */
  contentSpans: number[];
  cue: string | null;
  kind: StatementKind;
  /** The source as written, kept even when it names no entity ("officials"). */
  sourceText: string | null;
  /** Span covering the content. */
  start: number;
  end: number;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
}

export type NodeAttributes = DocumentNode | EntityNode | StatementNode;

/** Every edge carries a stable id and its type; the rest depends on the type. */
export interface EdgeAttributes {
  id: string;
  type: EdgeType;
  order?: number;
  title?: string;
  documentId?: string;
  count?: number;
  relation?: string;
  date?: string | null;
  start?: number;
  end?: number;
  sentence?: string;
  cue?: string;
}

/** The knowledge graph: node keys and edge keys are the stable ids. */
export type KnowledgeGraph = graphology.MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function createKnowledgeGraph(): KnowledgeGraph {
  return new graphology.MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
}
