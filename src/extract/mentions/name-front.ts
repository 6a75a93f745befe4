// What stands before a name in a run of capitalised words without being part of it:
// titles ("House Speaker"), a possessive ("Ohio's"), a month ("In June Trump said").
import { gazetteer } from '../gazetteer.js';
import type { Token } from '../parse.js';

/** Words that qualify a title: "Former Secretary", "Acting Director". */
const MODIFIERS = new Set(['former', 'acting', 'deputy', 'vice', 'senior', 'top', 'interim']);

/** Words that qualify a title inside a run: "Executive Chairman", "Senior Vice President". */
const QUALIFIERS = new Set([...MODIFIERS, 'executive', 'managing', 'associate', 'assistant']);

/** Titles of several people at once: "Senators Rubio and Cruz". */
const PLURAL_TITLES = ['senators', 'sens', 'presidents', 'governors', 'govs', 'representatives', 'reps', 'ministers', 'secretaries'];

/** Months and weekdays start a run in "In June Trump said" and "On Monday Clinton said" but begin no name. */
const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/**
 * Function words never inside a name: a capitalised one in a headline or at a sentence start
 * ("If Obama wins", "Why Electing Hillary") ends the run there. First names that are also
 * words ("Will", "May") are not listed.
 */
export const NOT_NAME_WORDS = new Set(
  ('if is are was were be been being when while since should would could must why how what where who whom which that this these those ' +
    'and but or nor because although though unless until than does did do has have had says said with without for from about against ' +
    'to at by in on of after before as not no every each some another any all both many most more also just only even yet so then ' +
    'like over under between during here there my your his her its our their we they he she it you')
    .split(' '),
);

/** Lower-case particles inside surnames: "Bill de Blasio", "Ursula von der Leyen". */
export const NAME_PARTICLES = new Set(['de', 'del', 'della', 'der', 'di', 'da', 'du', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'le', 'la', 'ter']);

/** A month or weekday alone ("In April, ...") names no one. */
export function isCalendarWord(t: Token): boolean {
  return isCalendarText(t.text);
}

/** True for a month's or weekday's name. */
export function isCalendarText(word: string): boolean {
  return CALENDAR.has(word.toLowerCase());
}

const bare = (w: string) => w.toLowerCase().replace(/\.$/, '');

let titles: { phrases: Set<string>; longest: number } | undefined;

function titlePhrases() {
  if (!titles) {
    const phrases = new Set([...gazetteer().titles.map(bare), ...PLURAL_TITLES]);
    titles = { phrases, longest: Math.max(...[...phrases].map((p) => p.split(' ').length)) };
  }
  return titles;
}

const isTitlePhrase = (ts: readonly Token[]) => titlePhrases().phrases.has(ts.map((t) => bare(t.text)).join(' '));

/** The number of tokens of the longest title starting at `k` ("National Security Adviser" = 3), or 0. */
function titleAt(run: readonly Token[], k: number): number {
  for (let n = Math.min(titlePhrases().longest, run.length - k); n > 0; n--) if (isTitlePhrase(run.slice(k, k + n))) return n;
  return run[k]!.tags.has('Honorific') ? 1 : 0;
}

/** The tokens at the front of a run that end a title begun before it: "State" after "Secretary of". */
function titleEndAt(lead: readonly Token[], run: readonly Token[]): number {
  for (let n = Math.min(2, run.length - 1); n > 0; n--) {
    for (let m = 1; m <= lead.length; m++) if (isTitlePhrase([...lead.slice(-m), ...run.slice(0, n)])) return n;
  }
  return 0;
}

const PARTY = new Set(['Republican', 'Republicans', 'Democrat', 'Democratic', 'Democrats', 'GOP', 'Independent', 'Libertarian', 'Conservative', 'Liberal']);

const isPossessive = (t: Token) => /['’]s$/.test(t.text) || t.tags.has('Possessive');

/** Articles, after which a month or weekday opening a longer name is a date. */
const ARTICLES = new Set(['a', 'an', 'the']);

/** Words after which a month or weekday is a date: "In June", "since Monday", "last April". */
export const BEFORE_DATES = new Set(['in', 'on', 'by', 'since', 'until', 'till', 'from', 'through', 'last', 'next', 'early', 'late', 'mid', 'this', 'of', 'during', 'before', 'after']);

/**
 * Drops what comes before a name and is never part of it: up to a possessive ("Ohio’s John
 * Kasich") and a date ("In June Trump said"); `before` is the word before the run.
 */
export function dropNonNameFront(run: readonly Token[], before: Token | undefined): Token[] {
  let k = 0;
  for (let i = 0; i < run.length - 1; i++) if (isPossessive(run[i]!)) k = i + 1;
  // "Utah Republican Mike Lee", "Democrat Zephyr Teachout": a party before a person's name labels them.
  for (let i = k; i < run.length - 2; i++) if (PARTY.has(run[i]!.text) && run.slice(i + 1).some((t) => t.tags.has('Person'))) k = i + 1;
  // "a September Washington Post-ABC News poll": an article before a month and a name makes the month a date.
  const dated = k === 0 && before !== undefined && (BEFORE_DATES.has(before.text.toLowerCase()) || ARTICLES.has(before.text.toLowerCase()));
  if (dated) while (k < run.length - 1 && CALENDAR.has(run[k]!.text.toLowerCase())) k++;
  return run.slice(k);
}

/**
 * Where the name starts after titles, modifiers and country words in front ("Former US
 * President Barack Obama"), and whether a title was among them; `lead` are the words before
 * the run, for titles the run only ends ("Secretary of State Jane Doe"). A title further in ("Ohio
 * Governor John Kasich") is passed too when a person's name follows it, and `owner` holds the
 * indices (`to` exclusive) of the words before that title ("Ohio"), the place or organization the title is of.
 */
export function titleFront(lead: readonly Token[], run: readonly Token[], isCountryWord: (t: Token) => boolean): { start: number; titled: boolean; owner?: { from: number; to: number } } {
  let k = titleEndAt(lead, run);
  let titled = k > 0;
  while (k < run.length - 1) {
    const n = titleAt(run, k);
    if (n > 0 && k + n < run.length) {
      k += n;
      titled = true;
    } else if (MODIFIERS.has(run[k]!.text.toLowerCase()) || isCountryWord(run[k]!)) k++;
    else break;
  }
  for (let j = run.length - 2; j > k; j--) {
    const n = titleAt(run, j);
    if (n > 0 && j + n < run.length && namesPersonAfterTitle(run.slice(j + n))) {
      // "New York City Mayor Ola Ade": a country's word passed in front ("New" of "New Zealand") may open the owner's name.
      let from = k;
      while (from > 0 && isCountryWord(run[from - 1]!) && titleAt(run, from - 1) === 0 && !MODIFIERS.has(run[from - 1]!.text.toLowerCase())) from--;
      // "Breitbart News Executive Chairman": words qualifying the title are no part of the owner's name.
      let to = j;
      while (to > from && QUALIFIERS.has(run[to - 1]!.text.toLowerCase())) to--;
      return { start: j + n, titled: true, owner: { from, to } };
    }
  }
  return { start: k, titled };
}

/**
 * True when the words after a title inside a run name a person: the tagger knows one of them as a
 * person's ("Ohio Governor John Kasich"), or they are two or three names of no other type
 * ("Tesla Chief Executive Ola Ade"), as a title before them says whose they are.
 */
function namesPersonAfterTitle(words: readonly Token[]): boolean {
  if (words.some((t) => t.tags.has('Person'))) return true;
  return words.length >= 2 && words.length <= 3 && words.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !t.tags.has('Organization') && !t.tags.has('Place'));
}
