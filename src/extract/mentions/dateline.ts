// "BERLIN (Reuters) -", "LAS VEGAS (AP) —": the place and agency a story was filed from open it;
// the capitals name no actor, and the tagger splits or mistypes them ("LAS", "BERLIN" as a group).
import type { Span } from '../../core/index.js';

// The place may be followed by the filing date: "NAIROBI, Aug. 5, 2025 (Wire) -", "DETROIT, Jan. 22 -".
const FILED = String.raw`(?:,?[ \t]+\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?`;
const DATELINE = new RegExp(
  String.raw`(?:^|\n)[ \t]*(\p{Lu}[\p{Lu}.'’-]+(?:[ ,]+\p{Lu}[\p{Lu}\p{Ll}.'’-]*){0,3}?)` + FILED + String.raw`(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:—|–|--?)[ \t]`,
  'gu',
);

/** A dateline: the span of its place words, and where the story's own words start after its dash. */
export interface Dateline {
  place: Span;
  end: number;
}

/** The spans of the place words of datelines: opening the text, or at a line's start naming an agency. */
export function datelinePlaces(text: string): Span[] {
  return datelines(text).map((d) => d.place);
}

/** The datelines of a text: opening it, or at a line's start naming an agency. */
export function datelines(text: string): Dateline[] {
  const out: Dateline[] = [];
  for (const m of text.matchAll(DATELINE)) {
    const place = m[1]!;
    const agency = m[0].includes('(');
    // The first word is all capitals ("WASHINGTON", not a sentence's "Asked - "), and longer than an
    // abbreviation opening a headline ("US - China trade talks") unless an agency follows.
    if (!/^\p{Lu}[\p{Lu}.'’-]+(?:\s|,|$)/u.test(place + ' ')) continue;
    if (place.length < 4 && !agency) continue;
    // A dateline opens the story, or names its agency: "NATO — the alliance — said" further on is a subject.
    const start = m.index + m[0].indexOf(place);
    if (start > 300 && !agency) continue;
    // "NATO — the 32-member alliance — said": a dash closed again before the sentence ends sets off an aside.
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 120).split(/[.!?\n]/)[0]!;
    if (!agency && /\s(?:—|–|--?)\s/.test(rest)) continue;
    out.push({ place: { start, end: start + place.length }, end: m.index + m[0].length });
  }
  return out;
}
