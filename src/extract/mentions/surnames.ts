// People named in full once and by surname after ("Pat Caddell ... Caddell said"), and people named
// by a courtesy title and surname ("Mr. King"), where the tagger took the surname for a common word.
import type { Mention, NewsDocument } from '../../core/index.js';
import { stableId } from '../../core/index.js';
import type { ParsedText, Token } from '../parse.js';

const COURTESY = /^(mr|mrs|ms|dr|sen|rep|gov)$/i;
const OFFICES = /^(Speaker|President|Chairman|Chairwoman|Secretary|Mayor|Justice|Ambassador|Leader)$/;

// A Korean given name, written with a hyphen after the family name: "Park Ji-hoon", "Moon Jae-in".
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** The surname of each person's full name: its last word, or its first before a hyphenated given name ("Park" of "Park Ji-hoon"). */
export function surnamesOf(people: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of people) {
    if (m.type !== 'person' || m.kind !== 'name') continue;
    const words = m.text.split(/\s+/);
    const last = words[words.length - 1]!;
    if (words.length === 2 && HYPHENATED_GIVEN_NAME.test(last) && /^\p{Lu}\p{Ll}+$/u.test(words[0]!)) out.add(words[0]!);
    else if (words.length > 1 && /^\p{Lu}[\p{L}'’-]*\p{Ll}$/u.test(last)) out.add(last);
  }
  return out;
}

/**
 * True when the word of `t` qualifies what follows it: "Young voters said" (a surname opening a phrase
 * of common nouns is an adjective or noun there), "Trump Tower", "Clinton Foundation" (one opening a
 * longer name is part of that name).
 */
export function modifiesNext(t: Token, next: Token | undefined): boolean {
  if (next === undefined || !/^\s+$/.test(t.post) || next.tags.has('Pronoun') || next.tags.has('Date')) return false;
  return /^\p{Lu}/u.test(next.text) || (next.tags.has('Noun') && /^\p{Ll}/u.test(next.text));
}

/** The `surnames` of the document's people, and names after a courtesy title, not found by the other readers. */
export function surnameMentions(doc: NewsDocument, parsed: ParsedText, surnames: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  for (const s of parsed.sentences) {
    s.tokens.forEach((t, i) => {
      const word = t.text.replace(/['’]s?$/, '');
      if (!/^\p{Lu}\p{Ll}/u.test(word)) return;
      const prev = s.tokens[i - 1];
      const titled = prev !== undefined && COURTESY.test(prev.text) && /^\.?\s+$/.test(prev.post);
      if (!titled && (!surnames.has(word) || modifiesNext(t, s.tokens[i + 1]))) return;
      // "Mr. Speaker, I yield back": an office addressed, no name.
      if (titled && OFFICES.test(word)) return;
      const span = { start: t.span.start, end: t.span.start + word.length };
      out.push({ id: stableId('men', doc.id, span.start, span.end), documentId: doc.id, span, text: word, type: 'person', kind: 'name' });
    });
  }
  return out;
}
