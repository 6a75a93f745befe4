// Months that are also surnames: "May wrote to Tusk on Friday." The tagger reads "May" as the modal
// verb or the month, so neither the name readers nor the statement rules see a subject there. Where
// the sentence makes it the subject of a verb, and a date nowhere ("In May, the council voted",
// "May 5", "last May", "May was the warmest month"), the parse reads it as a surname instead.
import type { Token } from './parse.js';
import { BEFORE_DATES, isCalendarWord } from './mentions/name-front.js';
import { finiteVerbAfter, mainVerbAt } from './verb-after.js';

/** Months news writes as a surname: "May" (Theresa May). "April" or "June" name people by a first name, which news seldom writes alone. */
const MONTH_SURNAMES = new Set(['May']);

/** Verbs a month is the subject of: "May was the warmest month", "May saw sales rise", "May will bring rain". */
const DATE_VERBS = /^(?:be|is|was|been|being|see|sees|saw|seen|mark|marks|marked|bring|brings|brought|begin|begins|began|end|ends|ended|start|starts|started|prove|proves|proved|remain|remains|remained|arrive|arrives|arrived|come|comes|came|follow|follows|followed)$/;

/** The tags a surname the tagger knows gets: "Theresa May met Tusk". */
const SURNAME_TAGS: ReadonlySet<string> = new Set(['Noun', 'Singular', 'ProperNoun', 'Person', 'LastName']);

/** The main verb of the verb group starting at `j`, past its modals and auxiliaries: "will be", "has been". */
function mainVerb(tokens: readonly Token[], j: number): Token {
  while (tokens[j + 1]?.tags.has('Verb') && (tokens[j]!.tags.has('Modal') || tokens[j]!.tags.has('Auxiliary'))) j++;
  return tokens[j]!;
}

/**
 * True when the word right before makes the month a date: "in May", "last May", "for May", "April
 * and May"; punctuation between parts them ('"... give in," May said', "On Monday, May said").
 */
function datedBy(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || !/^\s+$/.test(prev.post)) return false;
  if (BEFORE_DATES.has(prev.text.toLowerCase()) || prev.tags.has('Preposition') || prev.tags.has('Date') || prev.tags.has('Value')) return true;
  const before = tokens[i - 2];
  return /^(?:and|or)$/i.test(prev.text) && before !== undefined && (isCalendarWord(before) || before.tags.has('Date'));
}

/** True when the month at `i` is the subject of a verb that a person, not a month, has: "May wrote to Tusk", '"We will leave," May said.' */
function isSurnameAt(tokens: readonly Token[], i: number): boolean {
  if (!MONTH_SURNAMES.has(tokens[i]!.text) || datedBy(tokens, i)) return false;
  const verb = finiteVerbAfter(tokens, i);
  if (verb === null) return false;
  const main = mainVerb(tokens, verb);
  return !main.tags.has('Copula') && !DATE_VERBS.test(main.text.toLowerCase());
}

/** True for a month the parse reads as a surname: "May" in "May said". */
export function isMonthSurname(t: Token): boolean {
  return MONTH_SURNAMES.has(t.text) && t.tags.has('LastName');
}

// Words that put a month before a name-like word: "In May", "Last May", "April and May".
const BEFORE_MONTH = new Set([...BEFORE_DATES, 'to', 'and', 'or', 'for', 'each', 'every', 'throughout', 'around', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * True when the document names a person May: a first name or a title before it ("Theresa May",
 * "Mrs May", "Prime Minister May"). Without one only speaking makes "May" a person ("May told
 * reporters"): "May proved the wettest month" is a month.
 */
export function namesPersonMay(text: string): boolean {
  for (const m of text.matchAll(/(\p{Lu}[\p{L}'’-]*)\.?\s+May\b(?![\s,]*\d)/gu)) if (!BEFORE_MONTH.has(m[1]!.toLowerCase())) return true;
  return false;
}

/** Verbs only a person has: a month never says, tells or writes. */
const SPEAKING = /^(?:say|says|said|tell|tells|told|write|writes|wrote|add|adds|added|insist|insists|insisted|warn|warns|warned|argue|argues|argued|ask|asks|asked|urge|urges|urged|announce|announces|announced|promise|promises|promised|admit|admits|admitted)$/;

/**
 * A sentence's tokens with each month that is a subject's surname tagged as one; `named` when the
 * document names a person May, else only where the verb is one of speaking.
 */
export function monthsAsSurnames(tokens: readonly Token[], named = true): Token[] {
  return tokens.map((t, i) => (isSurnameAt(tokens, i) && (named || speaks(tokens, finiteVerbAfter(tokens, i)!)) ? { ...t, tags: SURNAME_TAGS, chunk: 'Noun' } : t));
}

// The verb group at `j` says something: "said", "has also said", "will not tell".
function speaks(tokens: readonly Token[], j: number): boolean {
  return SPEAKING.test(tokens[mainVerbAt(tokens, j)]!.text.toLowerCase());
}
