// Noun phrases read off compromise's tags, which often take a noun for a verb: "the campaign says", "her campaign workers".
import type { Token } from '../parse.js';
import { breaksAfter, breaksBefore, tagged, word } from './context.js';

/** A run of tokens `[from, to]`, both inclusive. */
export interface TokenRange {
  from: number;
  to: number;
}

const NOMINAL_TAGS = ['Noun', 'Pronoun', 'ProperNoun', 'Adjective', 'Determiner', 'Value', 'Possessive', 'Acronym', 'Honorific'];
// Words inside a name or title: "Secretary of State", "a spokesman for the campaign", "Smith & Wesson".
export const LINKS = new Set(['of', 'for', 'at', '&', 'and', 'from', 'de']);
export const RELATIVES = new Set(['who', 'which', 'that']);
// Before the head only: "voters in Iowa", "aides to Clinton", "four in 10 voters", "a report by the AP".
const POSTMODIFIER_LINKS = new Set(['in', 'to', 'by', 'among', 'on', 'across']);
/** Adjectives that take an object after the noun they describe: "people familiar with the talks". */
export const POSTMODIFYING_ADJECTIVES = new Set(['familiar', 'close', 'loyal', 'allied', 'aligned', 'sympathetic', 'opposed', 'friendly']);
const SURVEYED = new Set(['surveyed', 'polled', 'questioned', 'interviewed', 'sampled', 'asked']);
const NOT_BEFORE_NAME = new Set(['interview', 'statement', 'speech', 'letter', 'email', 'tweet', 'video', 'op-ed', 'memo', 'time', 'story', 'moment', 'day', 'week', 'month', 'year', 'night', 'morning', 'evening', 'afternoon']);
const GRADING = new Set(['most', 'more', 'least', 'only', 'very', 'top']);
const DEGREE = new Set(['about', 'nearly', 'roughly', 'almost', 'only', 'around', 'approximately', 'some', 'over', 'just']);
// Determiners that start a clause rather than a name.
const NOT_NOMINAL = new Set(['that', 'which', 'what', 'whose', 'whom', 'there', 'here', 'where', 'when', 'if', 'as', 'so']);
// Words that open a clause, capitalised or not: "While he said", "But Flynn said".
const SUBORDINATORS = new Set(['although', 'while', 'but', 'and', 'so', 'as', 'if', 'when', 'because', 'though', 'since', 'after', 'before', 'or', 'yet', 'until', 'unless', 'whether', 'said', 'says']);

// Words that stand for a number of people: "most said", "many say", "others argue".
const QUANTIFIERS = new Set(['most', 'many', 'some', 'others', 'several', 'few', 'both', 'all']);

/** True when the word can be part of a name or noun phrase. */
export function nominal(t: Token | undefined): boolean {
  if (!t || NOT_NOMINAL.has(word(t)) || SUBORDINATORS.has(word(t))) return false;
  // "Gates, in contrast, told ...": a capitalised word opening the sentence before a comma is a name.
  if (t.index === 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && /^,/.test(t.post) && !tagged(t, 'Auxiliary', 'Modal', 'Adverb', 'Conjunction', 'Preposition', 'Gerund')) return true;
  if (tagged(t, 'Conjunction', 'Preposition') && !tagged(t, 'ProperNoun')) return false;
  if (tagged(t, 'Verb') && !tagged(t, 'Noun', 'Adjective', 'ProperNoun', 'Gerund') && !surname(t)) return false;
  return tagged(t, ...NOMINAL_TAGS) || /^\p{Lu}/u.test(t.text);
}

// A capitalised word the tagger took for a verb, opening a name or title: "House Speaker", "Retired neurosurgeon".
function nameModifier(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (!/^\p{Lu}\p{Ll}/u.test(t.text) || !tagged(t, 'Verb') || tagged(t, 'Auxiliary', 'Modal', 'Copula') || !tagged(next, 'Noun', 'ProperNoun')) return false;
  const before = tokens[k - 1];
  return before === undefined || breaksAfter(before) || tagged(before, 'Determiner', 'ProperNoun');
}

// "Staff for the committee said": a capitalised word opening the sentence before "for" or "of" is a noun.
function openingNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return k === 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !tagged(t, 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Auxiliary', 'Modal', 'PastTense', 'Gerund');
}

// A noun the tagger read as a verb inside a phrase: "her campaign workers", "abortion rights advocates".
function nounAsVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  if (!tagged(t, 'Verb') || tagged(t, 'Auxiliary', 'Modal', 'Copula', 'PastTense', 'Gerund', 'Participle')) return false;
  // "campaign manager Robby Mook" opening the phrase: a bare verb before a person's role is the role's noun;
  // so is one before a plural and its verb (", campaign officials said").
  if (!before || breaksAfter(before)) {
    const next = tokens[k + 1];
    if (tagged(next, 'Pronoun')) return false;
    return tagged(next, 'Actor') || (tagged(next, 'Plural') && !breaksAfter(next!) && tagged(tokens[k + 2], 'Verb'));
  }
  if (tagged(before, 'Determiner', 'Possessive') && word(before) !== 'that') return true;
  // "Sanders campaign manager", "Top Republican donors": a name or title word before a noun.
  if ((tagged(before, 'ProperNoun') || /^\p{Lu}\p{Ll}/u.test(before.text) || /^\p{Lu}/u.test(t.text)) && tagged(tokens[k + 1], 'Noun') && !tagged(tokens[k + 1], 'Pronoun')) return true;
  if (!/[a-z]s$/.test(t.text)) return false;
  // "a civil rights group": a plural between a modifier and the noun it qualifies.
  const modified = tagged(before, 'Adjective') && tagged(tokens[k + 1], 'Noun') && !tagged(tokens[k + 1], 'Pronoun') && !breaksAfter(t);
  return (tagged(before, 'Noun') && !tagged(before, 'Pronoun', 'Plural')) || modified;
}

// A capitalised word the tagger read as a verb for its ending, like "Weingarten": no English verb form.
function surname(t: Token): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(t.text) && !/(?:ed|ing|s|e)$/.test(t.text) && tagged(t, 'Participle') && !tagged(t, 'Auxiliary', 'Modal');
}

function headed(tokens: readonly Token[], r: TokenRange): boolean {
  for (let i = r.from; i <= r.to; i++) {
    const t = tokens[i]!;
    if (tagged(t, 'Noun', 'Pronoun', 'ProperNoun', 'Acronym') || /^\p{Lu}/u.test(t.text)) return true;
  }
  // "42% say": a share of people is a speaker.
  if (r.from === r.to && tagged(tokens[r.to], 'Percent')) return true;
  // "six in 10", "two of three": a proportion of people is a speaker.
  // "more than four in 10", "nearly two of three": with its hedge.
  let from = r.from;
  while (from < r.to && !tagged(tokens[from], 'Value')) from++;
  if (r.to - from >= 2 && tagged(tokens[r.to], 'Value') && tagged(tokens[from], 'Value') && /^(in|of|out)$/.test(word(tokens[from + 1]))) return true;
  // "the editorial said", "the former said": an adjective after an article stands for its noun.
  if (r.to > r.from && tagged(tokens[r.from], 'Determiner') && tagged(tokens[r.to], 'Adjective')) return true;
  // A plural noun read as an adjective ("officials said").
  return /[a-z]{3}s$/.test(tokens[r.to]!.text);
}

/** The noun phrase that ends at token `j`, walking left until a verb, a clause word or punctuation. */
export function phraseEndingAt(tokens: readonly Token[], j: number): TokenRange | null {
  const last = tokens[j];
  if (!last) return null;
  if (RELATIVES.has(word(last))) return { from: j, to: j };
  // "...; most said they were worried": a quantifier standing for people opens its clause alone.
  if (QUANTIFIERS.has(word(last)) && (j === 0 || breaksAfter(tokens[j - 1]))) return { from: j, to: j };
  // "those surveyed", "voters polled": the people asked, named by the asking.
  if (SURVEYED.has(word(last)) && j > 0 && !breaksAfter(tokens[j - 1])) {
    if (word(tokens[j - 1]) === 'those') return { from: j - 1, to: j };
    const asked = tagged(tokens[j - 1], 'Plural') ? phraseEndingAt(tokens, j - 1) : null;
    if (asked) return { from: asked.from, to: j };
  }
  // A noun misread as a verb right before the cue or an aside: "the campaign says".
  // "biofuels advocates say": a plural subject agrees with a bare verb after it.
  const agrees = /[a-z]s$/.test(last.text) && tagged(tokens[j + 1], 'Infinitive') && tagged(tokens[j - 1], 'Noun') && !tagged(tokens[j - 1], 'Pronoun');
  // "Supporters of abortion rights, on the other hand, argued": a plural before an aside's comma.
  // ("The plan works, in theory, argued ..." is a clause of its own.)
  const plural = /[a-z]s$/.test(last.text) && /^,/.test(last.post) && tagged(tokens[j - 1], 'Noun') && !tagged(tokens[j - 1], 'Pronoun') && !tagged(tokens[j - 2], 'Determiner', 'Possessive');
  // "Thursday's meeting says": after a possessive the parser read as "is", the word is the possessed noun.
  const possessed = tokens[j - 1]?.text === '' && /['’]s$/.test(tokens[j - 2]?.text ?? '');
  const misread = tagged(last, 'Verb') && (tagged(tokens[j - 1], 'Determiner', 'ProperNoun', 'Possessive') || agrees || plural || possessed) && !breaksAfter(tokens[j - 1]);
  if (!nominal(last) && !misread) return null;
  let i = j;
  while (i > 0 && !breaksAfter(tokens[i - 1]) && !breaksBefore(tokens[i])) {
    const p = tokens[i - 1]!;
    // "In a Bloomberg interview Trump declared", "the third time AROS said": a medium or a time
    // ends a phrase of its own before a name ("spokesman Jason Miller" is one phrase).
    if (/^\p{Lu}/u.test(tokens[i]!.text) && NOT_BEFORE_NAME.has(p.text)) break;
    if (nominal(p) || nameModifier(tokens, i - 1) || nounAsVerb(tokens, i - 1) || (openingNoun(tokens, i - 1) && LINKS.has(word(tokens[i])))) i--;
    // "leaders on the left", but not "caucuses on Saturday".
    else if ((LINKS.has(word(p)) || POSTMODIFIER_LINKS.has(word(p))) && i >= 2 && (nominal(tokens[i - 2]) || openingNoun(tokens, i - 2)) && !breaksAfter(tokens[i - 2]) && !tagged(tokens[i], 'Date')) i--;
    // "the unsigned opinion": a participle after an article describes the noun.
    else if (tagged(p, 'Verb') && /ed$/.test(word(p)) && i >= 2 && tagged(tokens[i - 2], 'Determiner', 'Possessive') && !breaksAfter(tokens[i - 2])) i--;
    // "the most recent poll", "the only Democrat", "non-Trump candidates".
    else if ((GRADING.has(word(p)) && tagged(tokens[i], 'Adjective', 'ProperNoun')) || /^-$/.test(p.post)) i--;
    // "Obama's most loyal allies": the parser read the possessive as "is"; it leaves an empty word.
    // "It's worth", "There's a history" are what the parser read.
    else if (p.text === '' && i >= 2 && /['’]s$/.test(tokens[i - 2]!.text) && !breaksAfter(tokens[i - 2]) && !tagged(tokens[i - 2], 'Pronoun') && !/^(there|here|that|what|where|who)['’]s$/i.test(tokens[i - 2]!.text)) i--;
    else break;
  }
  // "at least a dozen members"
  if (i > 1 && word(tokens[i - 1]) === 'least' && word(tokens[i - 2]) === 'at') i -= 2;
  // "nine out of 10"
  if (i > 2 && word(tokens[i - 1]) === 'of' && word(tokens[i - 2]) === 'out' && tagged(tokens[i - 3], 'Value') && tagged(tokens[i], 'Value')) i -= 3;
  // "about half of voters", "nearly four in 10 voters": the amount keeps its hedge.
  const amount = tagged(tokens[i], 'Value') || word(tokens[i]) === 'half';
  if (i > 0 && DEGREE.has(word(tokens[i - 1])) && amount && !breaksAfter(tokens[i - 1])) i--;
  else if (i > 1 && word(tokens[i - 1]) === 'than' && /^(more|less|fewer)$/.test(word(tokens[i - 2])) && amount && !breaksAfter(tokens[i - 1]) && !breaksAfter(tokens[i - 2])) {
    i -= 2;
    // "Governors in more than two dozen states": the amount may itself follow a noun it qualifies.
    const p = tokens[i - 1];
    if (i >= 2 && (LINKS.has(word(p)) || POSTMODIFIER_LINKS.has(word(p))) && !breaksAfter(p) && nominal(tokens[i - 2]) && !breaksAfter(tokens[i - 2])) {
      const head = phraseEndingAt(tokens, i - 2);
      if (head) i = head.from;
    }
  }
  // "took a photo and Clinton said": a phrase joined after a verb's or preposition's object opens a clause of its own;
  // after a passive's agent it may go on the list ("states led by West Virginia and industry groups are").
  // Not after a participle or a relative clause of the subject: "Analysts following the company and its rivals say".
  const verb = (k: number) =>
    tagged(tokens[k], 'Verb') && !tagged(tokens[k], 'Noun', 'Gerund') && !/ing$/.test(word(tokens[k])) && !breaksAfter(tokens[k]) &&
    ![1, 2, 3].some((d) => RELATIVES.has(word(tokens[k - d])) || word(tokens[k - d]) === 'whose');
  const governed = i > 0 && !breaksAfter(tokens[i - 1]) && (verb(i - 1) || (tagged(tokens[i - 1], 'Preposition') && word(tokens[i - 1]) !== 'by' && verb(i - 2)));
  // Two names joined stay one list: "endorsed The Washington Post and ABC News".
  const capital = (t: Token | undefined) => /^\p{Lu}/u.test(t?.text ?? '');
  const names = (k: number) => capital(tokens[k - 1]) && capital(tokens[/^(the|a|an)$/.test(word(tokens[k + 1])) ? k + 2 : k + 1]);
  const and = governed ? tokens.findIndex((t, k) => k > i && k < j && word(t) === 'and' && !names(k)) : -1;
  if (and > 0) i = and + 1;
  const r = { from: i, to: j };
  return headed(tokens, r) ? r : null;
}

/** The noun phrase that starts at token `i`, walking right until a verb, a clause word or punctuation. */
export function phraseStartingAt(tokens: readonly Token[], i: number, stop = tokens.length): TokenRange | null {
  // "retired neurosurgeon Ben Carson": a participle before a person's role opens the phrase.
  const participle = /^\p{Ll}+ed$/u.test(tokens[i]?.text ?? '') && tagged(tokens[i + 1], 'Noun') && !tagged(tokens[i + 1], 'Pronoun') && !breaksAfter(tokens[i]);
  if ((!nominal(tokens[i]) && !participle) || RELATIVES.has(word(tokens[i]))) return null;
  let j = i;
  while (j + 1 < stop && !breaksAfter(tokens[j]) && !breaksBefore(tokens[j + 1])) {
    const n = tokens[j + 1]!;
    // "a source close to the campaign": an adjective with its preposition goes on to its object.
    if (POSTMODIFYING_ADJECTIVES.has(word(n)) && tagged(tokens[j + 2], 'Preposition') && nominal(tokens[j + 3]) && !breaksAfter(n)) {
      j += 2;
      continue;
    }
    // "a data expert who has worked for ...": a relative clause is no part of the phrase;
    // "told Trump the talks were useful": an article after a noun opens the next phrase.
    if (RELATIVES.has(word(n)) || (/^(the|a|an)$/.test(word(n)) && tagged(tokens[j], 'Noun') && !tagged(tokens[j], 'Possessive'))) break;
    if (nominal(n)) j++;
    // "the Cruz slate card": a bare verb between nouns is a noun the tagger misread.
    else if (tagged(n, 'Infinitive') && tagged(tokens[j], 'Noun') && /^\p{Ll}/u.test(tokens[j + 2]?.text ?? '') && tagged(tokens[j + 2], 'Noun') && !tagged(tokens[j + 2], 'Pronoun') && !breaksAfter(n)) j++;
    else if (LINKS.has(word(n)) && nominal(tokens[j + 2]) && !breaksAfter(n)) j++;
    // A participle used as an adjective inside the phrase: "one unaligned strategist", "the printed card".
    else if (tagged(tokens[j], 'Determiner', 'Value', 'Adjective') && !tagged(tokens[j], 'Noun') && tagged(n, 'Verb') && /ed$/.test(word(n)) && nominal(tokens[j + 2]) && !tagged(tokens[j + 2], 'Determiner', 'Pronoun') && !breaksAfter(n) && !breaksBefore(tokens[j + 2])) j++;
    else break;
  }
  const r = { from: i, to: j };
  return headed(tokens, r) ? r : null;
}

/**
 * The noun phrase starting at `i` without the prepositional phrases it runs on into, "of" apart:
 * "the council" of "by the council for the late budget", "reporters" of "told reporters outside a
 * polling place that ...".
 */
export function bareNounPhrase(tokens: readonly Token[], i: number, stop = tokens.length): TokenRange | null {
  const phrase = phraseStartingAt(tokens, i, stop);
  if (!phrase) return null;
  for (let k = phrase.from + 1; k <= phrase.to; k++) {
    // "by regulators last week", "by opposition leaders of lying to parliament": a date or what the act was is no part of it.
    const of = word(tokens[k]) === 'of' && /ing$/.test(word(tokens[k + 1]));
    const date = tagged(tokens[k], 'Date') || (/^(last|this|next)$/.test(word(tokens[k])) && tagged(tokens[k + 1], 'Date'));
    if ((tagged(tokens[k], 'Preposition') && (word(tokens[k]) !== 'of' || of)) || date) return { from: phrase.from, to: k - 1 };
  }
  return phrase;
}
