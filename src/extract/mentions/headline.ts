// Names in a headline, where every word is capitalised: "Health Agency Warns of Late Frost"
// ends its name at the verb, and "in Coastal City" names no place.
import nlp from 'compromise';
import type { Token } from '../parse.js';

/**
 * True when `at` is in a headline: the document's first line, with every word of four letters or
 * more capitalised and three such words at least. Lines of names in the body ("Jeff Link, Troy
 * Price, ...") are capitalised too, and their surnames may be verbs.
 */
export function isHeadline(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  if (text.slice(0, start).trim() !== '') return false;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end < 0 ? text.length : end);
  const long = (line.match(/[\p{L}'’-]+/gu) ?? []).filter((w) => w.length > 3);
  return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** The tags the tagger gives a word read alone, in lower case. */
const alone = new Map<string, Set<string>>();
function tagsAlone(word: string): Set<string> {
  const w = word.toLowerCase();
  if (!alone.has(w)) alone.set(w, new Set((nlp(w).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? []));
  return alone.get(w)!;
}

/** A word read alone as a verb of the present with an "s" and no noun, as headlines write verbs: "Warns", "Urges"; not "Rules", "Power" or "Post". */
function isVerbAlone(word: string): boolean {
  const tags = tagsAlone(word);
  return /s$/.test(word) && tags.has('PresentTense') && !tags.has('Noun');
}

/** A word read alone as a common noun or adjective: "Coastal", "City"; not "Springdale", which the tagger reads as a place. */
export function isCommonAlone(word: string): boolean {
  const tags = tagsAlone(word);
  return (tags.has('Adjective') || tags.has('Noun')) && !['ProperNoun', 'Place', 'Person', 'Organization'].some((t) => tags.has(t));
}

/** The name up to its first verb after the first word: "Zandor Power" of "Zandor Power Wins Contract". */
export function withoutVerbs(name: readonly Token[]): Token[] {
  const verb = name.findIndex((t, i) => i > 0 && isVerbAlone(t.text));
  return verb < 0 ? [...name] : name.slice(0, verb);
}
