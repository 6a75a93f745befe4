// All mentions of a document: gazetteer names first, then compromise's names, descriptions and pronouns.
import type { Mention, NewsDocument } from '../../core/index.js';
import { spansOverlap } from '../../core/index.js';
import type { ParsedText } from '../parse.js';
import { compoundMentions } from './compounds.js';
import { descriptionMentions } from './descriptions.js';
import { knownMentions } from './known.js';
import { nameMentions } from './names.js';
import { pronounMentions } from './pronouns.js';
import { surnameMentions } from './surnames.js';

/**
 * People, organizations and places mentioned in the document, in text order: descriptions,
 * countries in compounds, gazetteer names, compromise's names, the surnames of people named in
 * full, then pronouns. Where two
 * overlap, the earlier source in this list wins, so mentions never overlap.
 */
export function extractMentions(doc: NewsDocument, parsed: ParsedText): Mention[] {
  const kept: Mention[] = [];
  const keep = (group: Mention[]): void => {
    for (const m of group) if (!kept.some((k) => spansOverlap(k.span, m.span))) kept.push(m);
  };
  for (const group of [descriptionMentions(doc), compoundMentions(doc), knownMentions(doc), nameMentions(doc, parsed)]) keep(group);
  keep(surnameMentions(doc, parsed, kept));
  keep(pronounMentions(doc, parsed));
  return kept.sort((a, b) => a.span.start - b.span.start);
}
