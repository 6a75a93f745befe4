// Interactions between actors read from one sentence: "X held talks with Y", "X told Y", "X backed sanctions against Y".
import type { Mention, NewsDocument, RelationMention, Span } from '../core/index.js';
import { findDates } from '../core/index.js';
import type { ParsedText } from './parse.js';

interface Cue {
  type: string;
  pattern: RegExp;
  /** How far after the cue the object may start, in characters. */
  reach: number;
}

/** The interaction vocabulary, most specific first; each cue is followed by its object. */
const CUES: Cue[] = [
  { type: 'talked_with', pattern: /\b(?:held|holds|hold|had|has had|have had)\s+(?:[\w-]+\s+){0,3}?(?:talks|(?:phone|telephone) (?:call|conversation)s?|an? (?:phone |telephone )?(?:call|conversation))(?:\s+(?:at request|by (?:tele)?phone))?\s+with\b/gi, reach: 40 },
  { type: 'talked_with', pattern: /\b(?:talked|spoke|spoken|speaks)\s+(?:by (?:tele)?phone\s+)?(?:to|with)\b/gi, reach: 40 },
  { type: 'talked_with', pattern: /\bin an? (?:phone|telephone) (?:call|conversation) with\b/gi, reach: 30 },
  { type: 'backed_sanctions_against', pattern: /\b(?:backed|supported|imposed|approved)\b[^.;]{0,60}?\bsanctions\s+(?:against|on)\b/gi, reach: 30 },
  { type: 'will_visit', pattern: /\b(?:will|to|plans to|is to)\s+(?:visit|head to|travel to|go to)\b/gi, reach: 30 },
  { type: 'visited', pattern: /\b(?:visited|travelled to|traveled to)\b/gi, reach: 30 },
  { type: 'met', pattern: /\b(?:met|meets|will meet)(?:\s+with)?\b/gi, reach: 30 },
  { type: 'told', pattern: /\btold\b/gi, reach: 20 },
  { type: 'congratulated', pattern: /\bcongratulat(?:ed|es)\b/gi, reach: 20 },
  { type: 'thanked', pattern: /\bthank(?:ed|s)\b/gi, reach: 20 },
  { type: 'criticized', pattern: /\b(?:criticized|criticised|criticizes|criticises|condemned|condemns)\b/gi, reach: 20 },
  { type: 'urged', pattern: /\burged\b/gi, reach: 20 },
  { type: 'warned', pattern: /\bwarned\b/gi, reach: 20 },
  { type: 'called_on', pattern: /\bcalled on\b/gi, reach: 20 },
  { type: 'accused', pattern: /\baccused\b/gi, reach: 20 },
  { type: 'invited', pattern: /\binvited\b/gi, reach: 20 },
];

function inSpan(s: Span, outer: Span): boolean {
  return s.start >= outer.start && s.end <= outer.end;
}

/** The first mention after the cue (a person when the subject is one), and those coordinated with it. */
function objectsAfter(text: string, mentions: Mention[], subject: Mention, from: number, reach: number): Mention[] {
  const after = mentions.filter((m) => m.span.start >= from && m.span.start <= from + reach && m.kind !== 'pronoun');
  const first = (subject.type === 'person' ? after.find((m) => m.type === 'person') : undefined) ?? after[0];
  if (!first) return [];
  // "head to China and Russia": coordinated objects share the cue.
  const objects = [first];
  let last = first;
  for (const m of mentions) {
    if (m.span.start <= last.span.end) continue;
    if (!/^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice(last.span.end, m.span.start))) break;
    objects.push(m);
    last = m;
  }
  return objects;
}

/** Interactions between the mentioned actors, sentence by sentence. */
export function extractRelations(doc: NewsDocument, parsed: ParsedText, mentions: readonly Mention[]): RelationMention[] {
  const out: RelationMention[] = [];
  for (const sentence of parsed.sentences) {
    const here = mentions.filter((m) => inSpan(m.span, sentence.span));
    if (here.length < 2) continue;
    const text = doc.text.slice(sentence.span.start, sentence.span.end);
    const date = findDates(text)[0]?.date ?? doc.date;
    const taken: Span[] = [];
    for (const cue of CUES) {
      for (const m of text.matchAll(cue.pattern)) {
        const span = { start: sentence.span.start + m.index, end: sentence.span.start + m.index + m[0].length };
        if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
        const subject = [...here].reverse().find((x) => x.span.end <= span.start);
        if (!subject) continue;
        for (const object of objectsAfter(doc.text, here, subject, span.end, cue.reach)) {
          if (object.id === subject.id) continue;
          const r: RelationMention = { documentId: doc.id, type: cue.type, subject: subject.span, object: object.span, cue: span, sentence: sentence.span };
          if (date) r.date = date;
          out.push(r);
          taken.push(span);
        }
      }
    }
  }
  return out;
}
