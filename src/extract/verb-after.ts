// The verb a word is the subject of: "May wrote to Tusk", "Brussels warned London".
import type { Token } from './parse.js';

/** Auxiliaries with a tense the tagger may not mark: "May has told her cabinet". */
const FINITE_AUXILIARY = /^(?:has|had|does|did)$/;

/** A verb with a tense, which a subject has and a modal never has after it: "wrote", "says", "will"; not "be", "have". */
function isFiniteVerb(t: Token): boolean {
  if (t.tags.has('Infinitive')) return false;
  return t.tags.has('PastTense') || t.tags.has('PresentTense') || t.tags.has('Modal') || FINITE_AUXILIARY.test(t.text);
}

/**
 * The index of the lower-case verb with a tense right after the word at `i`, past adverbs ("May
 * also said"), with only spaces between; else null. A capital ("May Have", "Brussels Airport")
 * or punctuation ("In May, the council voted") leaves the word without one.
 */
export function finiteVerbAfter(tokens: readonly Token[], i: number): number | null {
  if (!/^\s+$/.test(tokens[i]!.post)) return null;
  let j = i + 1;
  while (j < i + 3 && tokens[j]?.tags.has('Adverb') && /^\s+$/.test(tokens[j]!.post)) j++;
  const verb = tokens[j];
  return verb && /^\p{Ll}/u.test(verb.text) && isFiniteVerb(verb) ? j : null;
}

const HELPING = ['Auxiliary', 'Modal', 'Adverb', 'Negative'];
const helping = (t: Token): boolean => HELPING.some((tag) => t.tags.has(tag));

/** The index of the main verb of the verb group at `j`, past auxiliaries, modals, adverbs and "not": "has also said", "would not renegotiate". */
export function mainVerbAt(tokens: readonly Token[], j: number): number {
  let k = j;
  while (k + 1 < tokens.length && helping(tokens[k]!) && (tokens[k + 1]!.tags.has('Verb') || helping(tokens[k + 1]!))) k++;
  return k;
}
