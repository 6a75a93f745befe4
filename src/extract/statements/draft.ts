// A statement as the rules find it, before ids and the document-level passes.
import type { StatementSpans } from '../../core/index.js';

/** One attribution found by a rule; `sentence` is the index of the sentence holding the cue. */
export interface Draft extends Pick<StatementSpans, 'source' | 'cue' | 'content' | 'kind' | 'addressee' | 'reporters'> {
  sentence: number;
  /** The rule that found it, for debugging and tests. */
  rule: string;
  /** The earlier statement of the same sentence whose subject this one shares ("told Trump ... and hoped ..."). */
  continues?: Draft;
  /** The construction leaves its speaker unnamed ("Asked whether ..."): no source is inherited. */
  unattributed?: boolean;
  /** The last token of the sentence the rule used up as cue words; later tokens up to it start nothing. */
  through: number;
}

/** A rule looks at one token of one sentence and returns the statement it starts, if any. */
export type Rule = (ctx: import('./context.js').StatementContext, sentence: number, token: number) => Draft | null;
