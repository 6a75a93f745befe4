// What the view page is given: actors, who-said-to-whom links and the statements behind them.
// Types only, shared by the Node side that writes the page and the browser script that reads it.
import type { EntityType } from '../core/extraction.js';
import type { StatementRecord } from '../core/records.js';
import type { Span } from '../core/span.js';

/** A speaker or addressee: every person, and the organizations and places that speak or are spoken to. */
export interface ViewActor {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** "Foreign Minister (Russia)", as `kg entities` shows roles. */
  roles: string[];
  /** Statements the actor made; sizes the node. */
  said: number;
  /** Statements addressed to the actor. */
  heard: number;
}

/** A SAID_TO edge: `count` statements by `source` addressed to `target`. */
export interface ViewLink {
  id: string;
  source: string;
  target: string;
  count: number;
}

/** A statement record as `kg statements --json` gives it, plus where its sentence lies. */
export interface ViewStatement extends StatementRecord {
  sentenceSpan: Span;
}

export interface ViewData {
  /** Shown in the page title and header. */
  title: string;
  documents: number;
  actors: ViewActor[];
  links: ViewLink[];
  /** Statements whose speaker or addressee is an actor, in `kg statements` order. */
  statements: ViewStatement[];
}

/** The id of the script element that carries the data as JSON. */
export const VIEW_DATA_ELEMENT_ID = 'kg-view-data';
