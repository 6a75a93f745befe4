// Descriptions that name an entity without its name: "the Chinese side", "the news agency", "his US counterpart".
import type { Mention, NewsDocument } from '../../core/index.js';
import { stableId } from '../../core/index.js';
import { gazetteer } from '../gazetteer.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let patterns: { side: RegExp; office: RegExp } | undefined;

/** Offices a description can name a person by; the class says what resolution looks for. */
const OFFICES: Record<string, string> = {
  president: 'head of state',
  leader: 'head of state',
  counterpart: 'counterpart',
  'prime minister': 'head of government',
  premier: 'head of government',
  chancellor: 'head of government',
  'foreign minister': 'foreign minister',
  'secretary of state': 'foreign minister',
};

function compile() {
  if (!patterns) {
    const names = [...gazetteer().countryOf.keys()].sort((a, b) => b.length - a.length).map(escape);
    const countries = names.join('|');
    // "the US president" and "the US President": either case of the first letter.
    const offices = Object.keys(OFFICES)
      .sort((a, b) => b.length - a.length)
      .map((o) => `[${o[0]!.toUpperCase()}${o[0]}]${escape(o.slice(1))}`)
      .join('|');
    patterns = {
      side: new RegExp(`\\b[Tt]he (${countries}) (side|government|administration|leadership|authorities)\\b`, 'g'),
      // "the US president", "his US counterpart", "the Russian foreign minister"; the country is read again in resolution.
      office: new RegExp(`\\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir) (?:${countries}) (${offices})\\b(?![ -]?(?:\\p{Lu}|elect\\b))`, 'gu'),
    };
  }
  return patterns;
}

/** "the official news agency", "the state news agency", "the agency". */
const AGENCY = /\b[Tt]he (?:official |state |state-run |government |country's |national )?(?:news )?agency\b/g;

/** A title used to address someone: "Mr. President", "Madam Secretary". */
const ADDRESS = /\b(?:Mr\.?|Madam|Madame|Mrs\.?|Ms\.?) (?:President|Prime Minister|Premier|Chancellor|Secretary|Minister|Chairman)\b/g;

/** Mentions that describe an entity: a country's side, an office holder, the agency that reports. */
export function descriptionMentions(doc: NewsDocument): Mention[] {
  const out: Mention[] = [];
  const add = (index: number, text: string, m: Omit<Mention, 'id' | 'documentId' | 'span' | 'text' | 'kind'>) => {
    const span = { start: index, end: index + text.length };
    out.push({ id: stableId('men', doc.id, span.start, span.end), documentId: doc.id, span, text, kind: 'description', ...m });
  };
  const countryOf = gazetteer().countryOf;
  const { side, office } = compile();
  for (const m of doc.text.matchAll(side)) {
    const country = countryOf.get(m[1]!);
    if (country) add(m.index, m[0], { type: 'place', canonical: country, class: 'country' });
  }
  for (const m of doc.text.matchAll(office)) add(m.index, m[0], { type: 'person', class: OFFICES[m[1]!.toLowerCase()]! });
  for (const m of doc.text.matchAll(ADDRESS)) add(m.index, m[0], { type: 'person', class: 'addressed' });
  for (const m of doc.text.matchAll(AGENCY)) add(m.index, m[0], { type: 'organization', class: 'news agency' });
  return out;
}
