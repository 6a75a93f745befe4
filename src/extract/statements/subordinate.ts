// A cue inside a subordinate clause that opens the sentence ("While Obama cautioned against X, he
// ordered Y"): what it reports ends where the main clause begins.
import type { Span } from '../../core/index.js';
import type { Token } from '../parse.js';
import { breaksAfter, quoted, tagged, word, type StatementContext } from './context.js';
import { trim } from './content.js';
import type { CueFrame } from './cue-frame.js';
import { newClause } from './object-phrase.js';

/** Words opening a subordinate clause at the start of a sentence. */
export const LEADING_SUBORDINATORS = new Set(['while', 'although', 'though', 'whereas', 'as', 'because', 'since', 'if', 'when', 'after', 'before', 'once', 'unless']);

// Words of degree before a subordinator: "even as", "just before", "shortly after", "long before".
const DEGREE = new Set(['even', 'just', 'only', 'shortly', 'soon', 'long', 'right', 'not', 'almost', 'nearly', 'barely', 'well']);

/** True when the cue's subject opens the sentence's leading subordinate clause ("While Obama said ..."). */
export function inLeadingClause(tokens: readonly Token[], frame: CueFrame): boolean {
  const from = frame.subject?.from;
  if (from === undefined || from < 1 || !LEADING_SUBORDINATORS.has(word(tokens[from - 1]))) return false;
  // "Even though Trump said ...", "Three years after Republicans vowed ...", "Shortly before Obama
  // spoke ...": a few words of degree or time may come before the subordinator, but no verb and no comma.
  const lead = tokens.slice(0, from - 1);
  return lead.length <= 3 && lead.every((t) => !breaksAfter(t) && (DEGREE.has(word(t)) || (tagged(t, 'Value', 'Noun', 'Adjective', 'Determiner') && !tagged(t, 'Verb', 'ProperNoun', 'Pronoun'))));
}

/** The content cut at the comma before the main clause's subject and verb, when the cue is in a leading clause. */
export function beforeMainClause(ctx: StatementContext, tokens: readonly Token[], frame: CueFrame, content: Span): Span {
  if (!inLeadingClause(tokens, frame)) return content;
  for (let k = frame.next; k + 1 < tokens.length && tokens[k]!.span.end <= content.end; k++) {
    if (tokens[k]!.span.end <= content.start) continue;
    if (/,/.test(tokens[k]!.post) && !quoted(ctx, tokens[k]!) && newClause(tokens, k + 1)) return trim(ctx.text, { start: content.start, end: tokens[k]!.span.end });
  }
  return content;
}
