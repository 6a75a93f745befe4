// Extraction of one document: one parse, then mentions, roles, statements and relations from it.
import type { Extraction, NewsDocument } from '../core/index.js';
import { gazetteer } from './gazetteer.js';
import { extractMentions } from './mentions/index.js';
import { parseText, type Lexicon } from './parse.js';
import { extractRelations } from './relations/index.js';
import { extractRoles } from './roles.js';
import { extractStatements } from './statements/index.js';

export { relationTypes } from './relations/index.js';

let lexicon: Lexicon | undefined;

/** Names compromise does not know, so its tags (and the rules reading them) see them as names. */
function knownNames(): Lexicon {
  if (!lexicon) {
    lexicon = {};
    for (const f of gazetteer().forms) {
      // Acronyms stay out: "US" would make the pronoun "us" a place.
      if (f.class === 'capital' || /[.]/.test(f.text) || (f.text === f.text.toUpperCase() && f.text.length <= 5)) continue;
      lexicon[f.text.toLowerCase()] = f.type === 'person' ? 'Person' : f.type === 'organization' ? 'Organization' : 'Place';
    }
  }
  return lexicon;
}

/** Everything read from one document, every item with offsets into `doc.text`. */
export function extractDocument(doc: NewsDocument): Extraction {
  const parsed = parseText(doc.text, knownNames());
  const mentions = extractMentions(doc, parsed);
  return {
    documentId: doc.id,
    mentions,
    roles: extractRoles(doc, parsed, mentions),
    statements: extractStatements(doc, parsed),
    relations: extractRelations(doc, parsed, mentions),
    diagnostics: [],
  };
}
