// Pronouns that can stand for a speaker: "he said", "his remarks", a first-person "I" in reported remarks.
import type { Mention, NewsDocument } from '../../core/index.js';
import { stableId } from '../../core/index.js';
import type { ParsedText } from '../parse.js';

const PERSONAL = new Set(['he', 'she', 'him', 'his', 'her', 'i', 'me', 'my', 'we', 'our', 'us', 'they', 'them', 'their']);

/** Personal pronouns, typed as people: resolution links them back to who they stand for. */
export function pronounMentions(doc: NewsDocument, parsed: ParsedText): Mention[] {
  const out: Mention[] = [];
  for (const s of parsed.sentences) {
    for (const t of s.tokens) {
      const word = doc.text.slice(t.span.start, t.span.end);
      if (!PERSONAL.has(word.toLowerCase())) continue;
      // "US" is a country: only the lower-case "us" is the pronoun.
      if (word === 'US') continue;
      const span = { start: t.span.start, end: t.span.start + word.length };
      out.push({ id: stableId('men', doc.id, span.start, span.end), documentId: doc.id, span, text: word, type: 'person', kind: 'pronoun' });
    }
  }
  return out;
}
