// Descriptions that name an entity without its name: "the Chinese side", "the news agency".
import type { Mention, NewsDocument } from '../../core/index.js';
import { stableId } from '../../core/index.js';
import { gazetteer } from '../gazetteer.js';

let sidePattern: RegExp | undefined;

function sides(): RegExp {
  if (!sidePattern) {
    const names = [...gazetteer().countryOf.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    sidePattern = new RegExp(`\\b[Tt]he (${names.join('|')}) (side|government|administration|leadership|authorities)\\b`, 'g');
  }
  return sidePattern;
}

const AGENCY = /\b[Tt]he (?:official |state |state-run |government )?(?:news )?agency\b/g;

export function descriptionMentions(doc: NewsDocument): Mention[] {
  const out: Mention[] = [];
  const add = (index: number, text: string, m: Omit<Mention, 'id' | 'documentId' | 'span' | 'text' | 'kind'>) => {
    const span = { start: index, end: index + text.length };
    out.push({ id: stableId('men', doc.id, span.start, span.end), documentId: doc.id, span, text, kind: 'description', ...m });
  };
  const countryOf = gazetteer().countryOf;
  for (const m of doc.text.matchAll(sides())) {
    const country = countryOf.get(m[1]!);
    if (country) add(m.index, m[0], { type: 'place', canonical: country, class: 'country' });
  }
  for (const m of doc.text.matchAll(AGENCY)) add(m.index, m[0], { type: 'organization', class: 'news agency' });
  return out;
}
