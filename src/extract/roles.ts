// Roles read beside a name: "Russian Foreign Minister Sergei Lavrov", "President Donald Trump of the United States".
import { HolderLookup, type Mention, type NewsDocument, type RoleMention, type Span } from '../core/index.js';
import { gazetteer } from './gazetteer.js';
import type { ParsedText } from './parse.js';

/** Courtesy titles: they precede names but are not roles. */
const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr']);

/** Words that qualify a title without being one: "Former Secretary of State", "Acting Director". */
const MODIFIERS = new Set(['former', 'acting', 'deputy', 'vice', 'senior', 'interim']);

/** Titles a portfolio may qualify: "Health Minister", "Transport Secretary". */
const PORTFOLIO_HEADS = new Set(['minister', 'secretary', 'commissioner']);
/** Capitalised words opening a sentence that qualify no title: "If Secretary Clinton ...". */
const NOT_PORTFOLIO = new Set('if when while as after before since because but and then later now also so though although once until where meanwhile yesterday today the a an his her their its our former'.split(' '));

/** Words that may stand before a lower-case title that is still a title: "the foreign minister", "his spokesman". */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'and', 'by', 'with', 'said', 'says']);

let words: { phrases: Set<string>; longest: number; countries: Map<string, string> } | undefined;

/** Titles are read whole from the gazetteer's list: a word of one ("Trade", "Supreme") is no title. */
function vocabulary() {
  if (!words) {
    const g = gazetteer();
    const phrases = new Set(g.titles.map((t) => t.toLowerCase()).filter((t) => !HONORIFICS.has(t)));
    const longest = Math.max(...[...phrases].map((p) => p.split(' ').length));
    words = { phrases, longest, countries: g.countryOf };
  }
  return words;
}

/** True when the words are a title, perhaps after modifiers: "former secretary of state", not "former" or "top aide". */
function isTitle(ws: readonly string[]): boolean {
  let i = 0;
  while (i < ws.length - 1 && MODIFIERS.has(ws[i]!.toLowerCase())) i++;
  return vocabulary().phrases.has(ws.slice(i).join(' ').toLowerCase());
}

/** "foreign minister" -> "Foreign Minister"; function words stay lower case ("Secretary of State"). */
const titleCase = (w: string) =>
  w.replace(/(^|[\s-])(\p{Ll}[\p{L}]*)/gu, (all, pre: string, word: string) => (pre !== '' && /^(of|the|for|and)$/.test(word) ? all : pre + word[0]!.toUpperCase() + word.slice(1)));

/** Words before `end` on the same line and in the same sentence, nearest last, with their start offsets. */
function wordsBefore(text: string, from: number, end: number, max: number): { word: string; start: number }[] {
  const lineStart = Math.max(from, text.lastIndexOf('\n', end - 1) + 1);
  const out: { word: string; start: number }[] = [];
  const re = /[\p{L}\p{N}.'’-]+/gu;
  for (const m of text.slice(lineStart, end).matchAll(re)) out.push({ word: m[0], start: lineStart + m.index });
  return out.slice(-max);
}

/**
 * Reads a title (and the country it belongs to) from the words just before a name: one title
 * from the gazetteer's list ending right before it, the modifiers before that, then a country.
 * A title in lower case is no title after a common noun: "the Russian foreign minister Sergei
 * Lavrov" and "CIA spokesman Jim Poe", but not "poll leader Donald Trump".
 */
function titleBefore(doc: NewsDocument, m: Mention, from: number): Omit<RoleMention, 'documentId' | 'person'> | null {
  const { phrases, longest, countries } = vocabulary();
  const before = wordsBefore(doc.text, from, m.span.start, 8);
  const last = before[before.length - 1];
  // Only words run straight into the name: "Foreign Minister Sergei Lavrov", not "minister, Lavrov".
  if (!last || !/^\s+$/.test(doc.text.slice(last.start + last.word.length, m.span.start))) return appositive(doc, m, from);
  const lower = (ws: typeof before) => ws.map((w) => w.word.toLowerCase()).join(' ');
  let i = before.length;
  for (let n = Math.min(longest, before.length); n > 0; n--) {
    if (phrases.has(lower(before.slice(before.length - n)))) {
      i = before.length - n;
      break;
    }
  }
  if (i === before.length) return appositive(doc, m, from);
  const headIsLower = /^\p{Ll}/u.test(before[i]!.word);
  // "Health Minister Jane Otieno", "Home Secretary ...": a capitalised portfolio before a minister's title is part of it.
  const head = before[before.length - 1]!.word.toLowerCase();
  const portfolio = before[i - 1];
  const adjacent = portfolio !== undefined && /^ $/.test(doc.text.slice(portfolio.start + portfolio.word.length, before[i]!.start));
  // ("When Prime Minister ..." is no portfolio, nor a word before a title of two words already.)
  const bare = i === before.length - 1;
  if (PORTFOLIO_HEADS.has(head) && bare && !headIsLower && adjacent && /^\p{Lu}\p{Ll}+$/u.test(portfolio.word) && !countries.has(portfolio.word) && !MODIFIERS.has(portfolio.word.toLowerCase()) && !NOT_PORTFOLIO.has(portfolio.word.toLowerCase())) i--;
  while (i > 0 && MODIFIERS.has(before[i - 1]!.word.toLowerCase())) i--;
  const taken = before.slice(i);
  let first = taken[0]!.start;
  let affiliation: string | undefined;
  const two = i > 1 ? `${before[i - 2]!.word} ${before[i - 1]!.word}` : '';
  if (countries.has(two)) {
    affiliation = countries.get(two);
    first = before[i - 2]!.start;
  } else if (i > 0 && countries.has(before[i - 1]!.word)) {
    affiliation = countries.get(before[i - 1]!.word);
    first = before[i - 1]!.start;
  } else if (headIsLower && taken.length === 1 && i > 0 && /^\p{Ll}/u.test(before[i - 1]!.word) && !DETERMINERS.has(before[i - 1]!.word.toLowerCase())) {
    return appositive(doc, m, from);
  }
  const role: Omit<RoleMention, 'documentId' | 'person'> = { title: titleCase(taken.map((w) => w.word).join(' ')), span: { start: first, end: m.span.end } };
  if (affiliation) role.affiliation = affiliation;
  return role;
}

/** "the North Korean leader, Kim Jong-un": a lower-case title set off by a comma. */
function appositive(doc: NewsDocument, m: Mention, from: number): Omit<RoleMention, 'documentId' | 'person'> | null {
  const { countries } = vocabulary();
  const window = doc.text.slice(Math.max(from, m.span.start - 80), m.span.start);
  const a = /\b[Tt]he\s+((?:(?:South|North|United)\s+)?[A-Z][\p{L}.]*\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+),\s*$/u.exec(window);
  if (!a) return null;
  if (!isTitle(a[2]!.split(/\s+/))) return null;
  // Set off on both sides: in "the majority leader, Cruz said" the name begins a new clause.
  if (!/^\s*(?:[,.;:)]|$)/.test(doc.text.slice(m.span.end, m.span.end + 2))) return null;
  const role: Omit<RoleMention, 'documentId' | 'person'> = {
    title: titleCase(a[2]!),
    span: { start: m.span.start - window.length + a.index, end: m.span.end },
  };
  const country = a[1] ? countries.get(a[1].trim()) : undefined;
  if (country) role.affiliation = country;
  return role;
}

/** The country named by the longest run of words at the start of `words` ("United States of ..."). */
function countryAt(words: string[]): string | undefined {
  for (let n = Math.min(words.length, 5); n > 0; n--) {
    const c = vocabulary().countries.get(words.slice(0, n).join(' '));
    if (c) return c;
  }
  return undefined;
}

/** "President Donald Trump of the United States": the country after the name. */
function countryAfter(doc: NewsDocument, m: Mention, end: number): string | undefined {
  const after = /^\s+of\s+(?:the\s+)?([A-Z][\p{L}.'-]*(?:\s+[A-Z][\p{L}.'-]*){0,4})/u.exec(doc.text.slice(m.span.end, end));
  return after ? countryAt(after[1]!.split(/\s+/)) : undefined;
}

/**
 * "Sergei Lavrov, the foreign minister of Russia," and "Lavrov, Russia's foreign minister,":
 * a title set off by commas after the name.
 */
function appositiveAfter(doc: NewsDocument, m: Mention, end: number): Omit<RoleMention, 'documentId' | 'person'> | null {
  const a = /^,\s+(?:(?:the|a)\s+|([A-Z][\p{L}.]*(?:\s+[A-Z][\p{L}.]*){0,2})['’]s?\s+)((?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)(?:\s+of\s+(?:the\s+)?([A-Z][\p{L}.'-]*(?:\s+[A-Z][\p{L}.'-]*){0,4}))?(?=\s*[,.;)]|\s*$)/u.exec(
    doc.text.slice(m.span.end, end),
  );
  if (!a) return null;
  if (!isTitle(a[2]!.split(/\s+/))) return null;
  const affiliation = a[1] ? countryAt(a[1].split(/\s+/)) : a[3] ? countryAt(a[3].split(/\s+/)) : undefined;
  // "Lavrov, Mr. Putin's adviser": a possessive that names no country is not an affiliation we can read.
  if (a[1] && !affiliation) return null;
  const role: Omit<RoleMention, 'documentId' | 'person'> = { title: titleCase(a[2]!), span: { start: m.span.start, end: m.span.end + a[0].length } };
  if (affiliation) role.affiliation = affiliation;
  return role;
}

/** The (first) sentence holding a span; the whole text when the parse has none there. */
function sentenceOf(parsed: ParsedText, sentences: HolderLookup, span: Span): Span {
  return parsed.sentences[sentences.holders(span)[0] ?? -1]?.span ?? { start: 0, end: parsed.text.length };
}

/**
 * Roles of the people named in the document, read from titles before the name ("Russian
 * Foreign Minister Sergei Lavrov", "the North Korean leader, Kim Jong-un") or after it
 * ("Donald Trump of the United States", "Lavrov, the foreign minister of Russia,").
 */
export function extractRoles(doc: NewsDocument, parsed: ParsedText, mentions: readonly Mention[]): RoleMention[] {
  const out: RoleMention[] = [];
  // Every person mention asks for its sentence: a binary search, where a scan of them all was quadratic.
  const sentences = new HolderLookup(parsed.sentences.map((s) => [s.span]));
  for (const m of mentions) {
    if (m.type !== 'person' || m.kind !== 'name') continue;
    const sentence = sentenceOf(parsed, sentences, m.span);
    const role = titleBefore(doc, m, sentence.start) ?? appositiveAfter(doc, m, sentence.end);
    if (!role) continue;
    const of = role.affiliation ?? countryAfter(doc, m, sentence.end);
    const r: RoleMention = { documentId: doc.id, person: m.span, title: role.title, span: role.span };
    if (of) r.affiliation = of;
    out.push(r);
  }
  return out;
}
