// Roles read beside a name: "Russian Foreign Minister Sergei Lavrov", "President Donald Trump of the United States".
import type { Mention, NewsDocument, RoleMention } from '../core/index.js';
import { gazetteer } from './gazetteer.js';

/** Courtesy titles: they precede names but are not roles. */
const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr']);

let words: { title: Set<string>; countries: Map<string, string> } | undefined;

function vocabulary() {
  if (!words) {
    const g = gazetteer();
    const title = new Set(g.titles.filter((t) => !HONORIFICS.has(t.toLowerCase())).flatMap((t) => t.toLowerCase().split(' ')));
    for (const w of ['former', 'acting', 'deputy', 'vice', 'senior', 'top', 'chief']) title.add(w);
    // Function words inside titles ("Secretary of State") must not make titles on their own.
    for (const w of ['of', 'state', 'the']) title.delete(w);
    words = { title, countries: g.countryOf };
  }
  return words;
}

const titleCase = (w: string) => w.replace(/(^|[\s-])(\p{Ll})/gu, (_, pre: string, c: string) => pre + c.toUpperCase());

/** Words before `end` on the same line, nearest last, with their start offsets. */
function wordsBefore(text: string, end: number, max: number): { word: string; start: number }[] {
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  const out: { word: string; start: number }[] = [];
  const re = /[\p{L}\p{N}.'’-]+/gu;
  for (const m of text.slice(lineStart, end).matchAll(re)) out.push({ word: m[0], start: lineStart + m.index });
  return out.slice(-max);
}

/** Reads a title (and the country it belongs to) from the words just before a name. */
function titleBefore(doc: NewsDocument, m: Mention): Omit<RoleMention, 'documentId' | 'person'> | null {
  const { title, countries } = vocabulary();
  const before = wordsBefore(doc.text, m.span.start, 6);
  // Only words run straight into the name: "Foreign Minister Sergei Lavrov", not "minister, Lavrov".
  if (before.length && !/^\s+$/.test(doc.text.slice(before[before.length - 1]!.start + before[before.length - 1]!.word.length, m.span.start))) {
    return appositive(doc, m);
  }
  const taken: string[] = [];
  let first = m.span.start;
  let affiliation: string | undefined;
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i]!;
    if (title.has(w.word.toLowerCase())) {
      taken.unshift(w.word);
      first = w.start;
      continue;
    }
    const two = i > 0 ? `${before[i - 1]!.word} ${w.word}` : '';
    if (countries.has(two)) {
      affiliation = countries.get(two);
      first = before[i - 1]!.start;
    } else if (countries.has(w.word)) {
      affiliation = countries.get(w.word);
      first = w.start;
    }
    break;
  }
  if (taken.length === 0) return appositive(doc, m);
  const role: Omit<RoleMention, 'documentId' | 'person'> = { title: titleCase(taken.join(' ')), span: { start: first, end: m.span.end } };
  if (affiliation) role.affiliation = affiliation;
  return role;
}

/** "the North Korean leader, Kim Jong-un": a lower-case title set off by a comma. */
function appositive(doc: NewsDocument, m: Mention): Omit<RoleMention, 'documentId' | 'person'> | null {
  const { title, countries } = vocabulary();
  const window = doc.text.slice(Math.max(0, m.span.start - 80), m.span.start);
  const a = /\b[Tt]he\s+((?:(?:South|North|United)\s+)?[A-Z][\p{L}.]*\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+),\s*$/u.exec(window);
  if (!a) return null;
  const titleWords = a[2]!.split(/\s+/);
  if (!titleWords.every((w) => title.has(w))) return null;
  const role: Omit<RoleMention, 'documentId' | 'person'> = {
    title: titleCase(a[2]!),
    span: { start: m.span.start - window.length + a.index, end: m.span.end },
  };
  const country = a[1] ? countries.get(a[1].trim()) : undefined;
  if (country) role.affiliation = country;
  return role;
}

/** "President Donald Trump of the United States": the country after the name. */
function countryAfter(doc: NewsDocument, m: Mention): string | undefined {
  const after = /^\s+of\s+(?:the\s+)?([A-Z][\p{L}.'-]*(?:\s+[A-Z][\p{L}.'-]*){0,3})/u.exec(doc.text.slice(m.span.end, m.span.end + 60));
  if (!after) return undefined;
  const words = after[1]!.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const c = vocabulary().countries.get(words.slice(0, n).join(' '));
    if (c) return c;
  }
  return undefined;
}

/** Roles of the people named in the document. */
export function extractRoles(doc: NewsDocument, mentions: readonly Mention[]): RoleMention[] {
  const out: RoleMention[] = [];
  for (const m of mentions) {
    if (m.type !== 'person' || m.kind !== 'name') continue;
    const role = titleBefore(doc, m);
    if (!role) continue;
    const of = role.affiliation ?? countryAfter(doc, m);
    const r: RoleMention = { documentId: doc.id, person: m.span, title: role.title, span: role.span };
    if (of) r.affiliation = of;
    out.push(r);
  }
  return out;
}
