// Countries inside hyphenated compounds: "Sino-US relations", "US-China trade", "South Korea-US drills".
import type { Mention, NewsDocument, Span } from '../../core/index.js';
import { stableId } from '../../core/index.js';
import { gazetteer } from '../gazetteer.js';

/** Capitalised words joined by hyphens: "Sino-US", "China-Japan-Korea". */
const COMPOUND = /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}.]*)+(?![\p{L}\p{N}]|-\p{L})/gu;

/** Each part of a compound that names a country (by name, alias or combining form), as a place mention. */
export function compoundMentions(doc: NewsDocument): Mention[] {
  const countryOf = gazetteer().countryOf;
  const text = doc.text;
  const out: Mention[] = [];
  for (const m of text.matchAll(COMPOUND)) {
    const spans: Span[] = [];
    let offset = m.index;
    for (const part of m[0].split('-')) {
      spans.push({ start: offset, end: offset + part.length });
      offset += part.length + 1;
    }
    // Two-word countries at either end: "South Korea-US", "US-South Korea".
    const first = spans[0]!;
    const last = spans[spans.length - 1]!;
    const before = /(\p{Lu}\p{L}*) $/u.exec(text.slice(Math.max(0, first.start - 20), first.start));
    if (before && !countryOf.has(text.slice(first.start, first.end)) && countryOf.has(`${before[1]} ${text.slice(first.start, first.end)}`)) first.start -= before[0].length;
    const after = /^ (\p{Lu}\p{L}*)/u.exec(text.slice(last.end, last.end + 20));
    if (after && !countryOf.has(text.slice(last.start, last.end)) && countryOf.has(`${text.slice(last.start, last.end)} ${after[1]}`)) last.end += after[0].length;
    // Only compounds made wholly of countries: "Cold War-era" or "Jong-un" are not.
    if (!spans.every((s) => countryOf.has(text.slice(s.start, s.end)))) continue;
    for (const span of spans) {
      const t = text.slice(span.start, span.end);
      out.push({ id: stableId('men', doc.id, span.start, span.end), documentId: doc.id, span, text: t, type: 'place', kind: 'name', canonical: countryOf.get(t)!, class: 'country' });
    }
  }
  return out;
}
