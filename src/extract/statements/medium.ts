// The medium an attribution was made in ("a statement", "an interview"), which annotators keep with the cue.
import type { Token } from '../parse.js';
import { joined, tagged, word } from './context.js';

/** Nouns naming where words were said or published: "said in a statement", "issued a statement saying". */
export const MEDIA = new Set(['statement', 'interview', 'email', 'e-mail', 'letter', 'tweet', 'post', 'op-ed', 'speech', 'memo', 'press', 'release', 'video', 'message', 'text']);

/** Participles after a medium that say what it said: "issued a statement Thursday saying". */
export const PUBLISHED_AS = new Set(['saying', 'stating', 'declaring', 'calling', 'urging', 'announcing', 'asking', 'claiming', 'warning', 'accusing']);

/**
 * The verb opening "issued a statement (Thursday)" right before the participle at `i`, or -1:
 * the verb, the medium and the participle are one cue.
 */
export function mediumVerbBefore(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k > 0 && tagged(tokens[k], 'Date') && joined(tokens, k)) k--;
  k = beforeRecipient(tokens, k);
  if (k < 1 || !MEDIA.has(word(tokens[k])) || !joined(tokens, k)) return -1;
  k--;
  for (let n = 0; n < 3 && k > 0 && tagged(tokens[k], 'Determiner', 'Possessive', 'Adjective') && !tagged(tokens[k], 'Verb') && joined(tokens, k); n++) k--;
  if (word(tokens[k]) === 'out' && k > 0 && joined(tokens, k - 1)) k--;
  return tagged(tokens[k], 'Verb') && !tagged(tokens[k], 'Auxiliary', 'Modal', 'Copula') && joined(tokens, k) ? k : -1;
}

// "sent a letter to the NAACP board of directors urging": the medium's recipient sits between
// the medium and the participle. Returns the token before "to", or `k` when there is none.
function beforeRecipient(tokens: readonly Token[], k: number): number {
  for (let j = k; j > Math.max(1, k - 7); j--) {
    const t = tokens[j]!;
    if (!joined(tokens, j)) return k;
    if (word(t) === 'to') return MEDIA.has(word(tokens[j - 1])) && j < k ? j - 1 : k;
    if (!tagged(t, 'Noun', 'ProperNoun', 'Determiner', 'Adjective', 'Possessive', 'Acronym') && word(t) !== 'of') return k;
  }
  return k;
}
