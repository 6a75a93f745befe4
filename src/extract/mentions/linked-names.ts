// Organizations named across "of" or "for": "House of Commons", "Office for Budget Responsibility",
// "Massachusetts Institute of Technology", "Department of Health and Human Services". The tagger
// breaks such a name at the small word, leaving a stray "House" and "Commons".
import type { Mention, NewsDocument } from '../../core/index.js';
import { stableId } from '../../core/index.js';
import { gazetteer } from '../gazetteer.js';
import type { ParsedText } from '../parse.js';
import { isCalendarText, NOT_NAME_WORDS } from './name-front.js';
import { endsOrganization } from './organizations.js';

// Words an organization's name is built on that the tagger's list of endings lacks: the chambers
// of a parliament ("House of Lords"), courts, and plurals ("Centers for ...").
const HEADS = new Set(['house', 'court', 'chamber', 'centers', 'centres', 'programme', 'program', 'ministries', 'institutes']);

/** A capitalised word an organization's name is built on: "Department", "Office", "House". */
function isHead(word: string): boolean {
  return endsOrganization(word) || HEADS.has(word.toLowerCase());
}

// Tags of a word that starts something after an organization's name: "Professor", "Jane".
const NAME_ENDING_TAGS = ['Actor', 'Honorific', 'FirstName', 'MaleName', 'FemaleName'];

const WORD = String.raw`\p{Lu}[\p{L}'’.&-]*`;
// Up to three capitalised words ending in the head, "of" or "for" (and "the"), then capitalised
// words, which "and" or "of" may join: "Centers for Disease Control and Prevention".
const LINKED = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’.-])((?:${WORD}\s+){0,3}${WORD})\s+(of|for)\s+(?:the\s+)?(${WORD}(?:\s+(?:(?:and|of|&)\s+)?${WORD}){0,4})(?![\p{L}\p{N}])`,
  'gu',
);

/** True when the word is part of no name: an article or function word, a month or weekday. */
function inNoName(word: string): boolean {
  const bare = word.replace(/['’]s$/, '');
  return /^(?:the|a|an)$/i.test(bare) || NOT_NAME_WORDS.has(bare.toLowerCase()) || isCalendarText(bare);
}

/** True when the word opens no name: one that is part of none, or a country's name or demonym ("U.S.", "British"). */
function opensNoName(word: string): boolean {
  return inNoName(word) || gazetteer().countryOf.has(word.replace(/['’]s$/, ''));
}

/** The possessive of a group of people: "Women's", "Veterans'". */
const PLURAL_POSSESSIVE = /^(?:(?:Wo)?men|Children|People)['’]s$|s['’]$/;

/** A word that ends a sentence: "Columbia." before "Now the ...". */
const SENTENCE_END = /\p{Ll}\.$/u;

/**
 * The last words of the gazetteer's titles ("Minister", "General", "Spokesman"), which end the words
 * after "of": "Department of Justice Spokesman Ola Ade"; "Defence" of "Ministry of Defence" goes on.
 */
let titleHeads: Set<string> | undefined;
function isTitleHead(word: string): boolean {
  titleHeads ??= new Set(gazetteer().titles.map((t) => t.split(' ').pop()!).filter((w) => /^\p{Lu}/u.test(w)));
  return titleHeads.has(word);
}

/** Organizations whose names go on across "of" or "for", each as one mention. */
export function linkedOrganizationMentions(doc: NewsDocument, parsed: ParsedText): Mention[] {
  const out: Mention[] = [];
  const tokens = new Map(parsed.sentences.flatMap((s) => s.tokens.map((t) => [t.span.start, t] as const)));
  // "University of Texas Professor Jane Doe": a role or a first name after the first word ends the name.
  // "Federation of American Scientists": a group of people is part of the name.
  const endsName = (start: number): boolean => NAME_ENDING_TAGS.some((tag) => tokens.get(start)?.tags.has(tag)) && !tokens.get(start)?.tags.has('Plural');
  const regex = new RegExp(LINKED.source, LINKED.flags);
  for (let m = regex.exec(doc.text); m !== null; m = regex.exec(doc.text)) {
    const front = m[1]!.split(/\s+/);
    // The head is the last word before "of": "Department" of "Department of Justice". Where it is
    // none ("Governor of the Bank of England"), a name may still start after the small word.
    if (!isHead(front[front.length - 1]!)) {
      regex.lastIndex = m.index + m[1]!.length;
      continue;
    }
    // "The", "U.S.", "British", "In June": words before the name that are no part of it, and
    // those of the sentence before ("Cosby. The Hollywood Chamber of Commerce").
    let skip = 0;
    // "York University's Brennan Center for Justice": an owner's name before it too; not a group's
    // ("Democratic Women's Club of Florida").
    for (let k = 0; k < front.length - 1; k++) if (SENTENCE_END.test(front[k]!) || (/['’]s$/.test(front[k]!) && !PLURAL_POSSESSIVE.test(front[k]!))) skip = k + 1;
    while (skip < front.length - 1 && opensNoName(front[skip]!)) skip++;
    if (opensNoName(front[skip]!)) continue;
    const tail = m[3]!.split(/\s+/);
    const tailStart = m.index + m[0].lastIndexOf(m[3]!);
    const starts = wordStarts(doc.text.slice(tailStart), tail.length).map((k) => tailStart + k);
    // After its first word, the name ends at a title, a first name, a word of no name, or a sentence's end.
    // "... Black Journalists and National Association of Hispanic Journalists": an "and" before
    // another name built on "of" joins two names; "Health and Human Services" is one.
    const joinsAnother = (k: number): boolean => /^(?:and|&)$/.test(tail[k]!) && tail.some((w, j) => j > k && isHead(w) && /^(?:of|for)$/.test(tail[j + 1] ?? ''));
    const goesOn = (k: number): boolean =>
      k === 0 ||
      (!isTitleHead(tail[k]!) && !endsName(starts[k]!) && !joinsAnother(k) && (/^(?:and|of|&)$/.test(tail[k]!) || !inNoName(tail[k]!)) && !SENTENCE_END.test(tail[k - 1]!));
    let keep = 0;
    while (keep < tail.length && goesOn(keep)) keep++;
    // A joining word ends no name: "Department of Health and" is cut back to "Department of Health".
    while (keep > 0 && /^(?:and|of|&)$/.test(tail[keep - 1]!)) keep--;
    if (keep === 0) continue;
    const start = m.index + m[0].indexOf(front[skip]!, front.slice(0, skip).join(' ').length);
    const end = starts[keep - 1]! + tail[keep - 1]!.length;
    // "... of Justice." and "... of Commons'": a full stop or possessive after the name is no part of it.
    const text = doc.text.slice(start, end).replace(/['’]s?$/, '').replace(/(\p{Ll}{2})\.$/u, '$1');
    const span = { start, end: start + text.length };
    out.push({ id: stableId('men', doc.id, span.start, span.end), documentId: doc.id, span, text, type: 'organization', kind: 'name' });
    // What the match took past the name may start another: "... Engineers and Institute of Marine Studies".
    regex.lastIndex = span.end;
  }
  return out;
}

/** Where each of the first `n` words of `text` starts. */
function wordStarts(text: string, n: number): number[] {
  return [...text.matchAll(/\S+/g)].slice(0, n).map((w) => w.index);
}
