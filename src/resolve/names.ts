// Name forms: how a name mention is written, cleaned for comparison and display.
import type { Mention } from '../core/index.js';

/** The name as written, without a leading article or a possessive, spaces (even non-breaking ones) made plain. */
export function surface(m: Mention): string {
  return plainSpaces(m.text.replace(/^the\s+/i, '').replace(/['’]s$/, ''));
}

/** One ordinary space between words: "Donald\u00a0Trump" and "Donald Trump" are the same name. */
export function plainSpaces(name: string): string {
  return name.replace(/\s+/gu, ' ').trim();
}

/** The words of a name. */
export function nameWords(name: string): string[] {
  return plainSpaces(name).split(' ').filter((w) => w !== '');
}

/** Generational suffixes that end a name but are not its surname: "Martin Luther King Jr.". */
const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;

/** The first and last word of a multi-word name, lower-cased: what it is called by alone ("Xi", "Trump"). */
export function shortForms(name: string): string[] {
  const words = nameWords(name);
  while (words.length > 2 && SUFFIX.test(words[words.length - 1]!)) words.pop();
  if (words.length < 2) return [];
  return [...new Set([words[0]!.toLowerCase(), words[words.length - 1]!.toLowerCase()])];
}

/** Written in capitals only, as headlines and bylines are: "HILLARY CLINTON", "IOWA" (and acronyms: "CNN"). */
export function isAllCaps(name: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name);
}

/** "HILLARY CLINTON" -> "Hillary Clinton", "O'BRIEN" -> "O'Brien": for people named only in capitals. */
export function capitalizeWords(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_all, pre: string, letter: string) => pre + letter.toUpperCase());
}
