// Name mentions linked to entities: full names as written (or as the gazetteer has them), lone words in context.
import type { Entity, Mention, RoleMention, Span } from '../core/index.js';
import { isLedBody, normalizeName } from '../core/index.js';
import type { EntityTable } from './entity-table.js';
import { initialledNames } from './initials.js';
import { isLoneName, LoneNameIndex } from './lone-names.js';
import { nameWords, plainSpaces, surface } from './names.js';

/** Links one name mention of a document with text `text` to an entity id. */
export type NameLinker = (m: Mention, text: string) => string;

/** What a name mention calls its entity before lone words are linked: the gazetteer's name, else the text's. */
function writtenName(m: Mention): string {
  const name = plainSpaces(m.canonical ?? surface(m));
  return m.type === 'organization' ? withoutLegalForm(name) : name;
}

// A company's legal form after its name: "Northwind Motors Inc." is Northwind Motors.
const LEGAL_FORM = /,?\s+(?:Inc|Corp|Ltd|LLC|PLC|plc|Co)\.?$/;

/** The name without its legal form, where a name of two words or more remains: "Acme Inc" stays. */
function withoutLegalForm(name: string): string {
  const bare = name.replace(LEGAL_FORM, '');
  return nameWords(bare).length >= 2 ? bare : name;
}

// Small words no initialism takes a letter from: "Office for Budget Responsibility" is the OBR.
const UNLETTERED = /^(?:of|for|and|the|on|in|&)$/i;

/** The initials of an organization's name of three words or more: "United Auto Workers" -> "UAW". */
function initialsOf(name: string): string | undefined {
  const words = nameWords(name).filter((w) => !UNLETTERED.test(w));
  return words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w)) ? words.map((w) => w[0]).join('') : undefined;
}

/** Initials as news writes them alone: "UAW", "OBR". */
const INITIALS = /^\p{Lu}{2,6}$/u;

/**
 * The organizations named in full by their initials: in each document, the one it names with them;
 * elsewhere, the one organization some document names beside its initials, as "UAW" is the United Auto
 * Workers wherever one article writes both. Initials no document spells out stay apart: "NLD" is not
 * the NAACP Legal Defense because their letters agree.
 */
function organizationInitials(names: readonly Mention[]): (m: Mention) => string | undefined {
  const inDocument = new Map<string, string>();
  const written = new Set<string>();
  for (const m of names) {
    if (m.type !== 'organization') continue;
    if (!m.canonical && INITIALS.test(surface(m))) written.add(`${m.documentId}\u0000${surface(m)}`);
    const initials = initialsOf(writtenName(m));
    const key = `${m.documentId}\u0000${initials}`;
    if (initials && !inDocument.has(key)) inDocument.set(key, writtenName(m));
  }
  const attested = new Map<string, Set<string>>();
  for (const [key, name] of inDocument) {
    if (!written.has(key)) continue;
    const initials = key.split('\u0000')[1]!;
    attested.set(initials, (attested.get(initials) ?? new Set()).add(name));
  }
  return (m) => {
    const word = surface(m);
    if (m.type !== 'organization' || m.canonical || !INITIALS.test(word)) return undefined;
    const elsewhere = attested.get(word);
    return inDocument.get(`${m.documentId}\u0000${word}`) ?? (elsewhere?.size === 1 ? [...elsewhere][0] : undefined);
  };
}

/** `writtenName`, with a person's middle initials dropped where that names someone written without them. */
function fullNames(names: readonly Mention[], known: readonly Entity[]): (m: Mention) => string {
  const initialled = initialledNames(names.filter((m) => m.type === 'person').map(writtenName), known);
  return (m) => {
    const name = writtenName(m);
    return (m.type === 'person' && initialled.get(name)) || name;
  };
}

/**
 * The one-word names that some document of the batch gives as short for an organization's longer
 * name ("the Treasury" beside "the Treasury Department"), to that name, where only one is meant:
 * another document of the batch writing the word alone means it too, as it would once stored.
 */
function batchShortNames(names: readonly Mention[]): Map<string, string> {
  const meant = new Map<string, Set<string>>();
  for (const m of names) {
    if (m.type !== 'organization' || m.canonical === undefined) continue;
    const word = surface(m);
    const name = writtenName(m);
    if (nameWords(word).length !== 1 || normalizeName(name) === normalizeName(word)) continue;
    meant.set(word, (meant.get(word) ?? new Set()).add(name));
  }
  return new Map([...meant].filter(([, n]) => n.size === 1).map(([w, n]) => [w, [...n][0]!]));
}

/** The places of the batch and the store by each of their names, normalized, to the name they go by. */
function placeNames(names: readonly Mention[], known: readonly Entity[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of known) if (e.type === 'place') for (const n of [e.name, ...e.aliases]) out.set(normalizeName(n), e.name);
  for (const m of names) if (m.type === 'place') out.set(normalizeName(surface(m)), writtenName(m));
  return out;
}

/** The class of a gazetteer mention of a capital standing for the government seated there. */
const CAPITAL = 'capital';

/** A courtesy title before a word makes it a person's name: "Mr. Harmony". */
const COURTESY_BEFORE = /\b(?:Mr|Mrs|Ms|Dr)\.?\s+$/;

/**
 * The organizations each document names in several words, by their first and last words, to the
 * name first written: "Telekom" -> "Deutsche Telekom", "Harmony" -> "Harmony Enterprises".
 */
function organizationWords(names: readonly Mention[]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const m of names) {
    const words = nameWords(surface(m));
    if (m.type !== 'organization' || words.length < 2 || isLedBody(writtenName(m))) continue;
    let doc = out.get(m.documentId);
    if (!doc) out.set(m.documentId, (doc = new Map()));
    for (const w of [words[0]!, words[words.length - 1]!]) if (!doc.has(w)) doc.set(w, writtenName(m));
  }
  return out;
}

/** The words a title names a person by, per document ("Chancellor Hammond" -> Hammond), as `documentId \0 word`. */
function titledWords(roles: readonly RoleMention[], names: readonly Mention[]): Set<string> {
  const at = new Map(names.map((m) => [`${m.documentId}\u0000${m.span.start}\u0000${m.span.end}`, m]));
  const out = new Set<string>();
  for (const r of roles) {
    const person = at.get(`${r.documentId}\u0000${r.person.start}\u0000${r.person.end}`);
    const words = person ? nameWords(surface(person)) : [];
    if (words.length) out.add(`${r.documentId}\u0000${words[words.length - 1]!}`);
  }
  return out;
}

/** A part of a hyphenated compound ("Sino" of "Sino-US ties") names its entity but is no name of it on its own. */
function inCompound(text: string, span: Span): boolean {
  return text[span.start - 1] === '-' || text[span.end] === '-';
}

/**
 * The linker for the name mentions of a batch (`names`, with the `roles` read beside them),
 * against the entities already stored (`known`), adding entities to `table`.
 */
export function nameLinker(names: readonly Mention[], roles: readonly RoleMention[], known: readonly Entity[], table: EntityTable): NameLinker {
  const fullNameOf = fullNames(names, known);
  const lone = new LoneNameIndex(names, roles, known, table, fullNameOf);
  const places = placeNames(names, known);
  const organizations = organizationWords(names);
  const titled = titledWords(roles, names);
  const spelledOut = organizationInitials(names);
  const shortened = batchShortNames(names);
  return (m, text) => {
    const written = surface(m);
    let name = fullNameOf(m);
    if (m.type === 'organization' && m.canonical === undefined) name = shortened.get(written) ?? name;
    // "UAW" beside "United Auto Workers": initials stand for the name they are the initials of.
    const full = spelledOut(m);
    if (full) return table.add(full, 'organization', written);
    if (m.type === 'person' && isLoneName(written)) {
      // A lone word is read in context even when the gazetteer has a guess for it ("Clinton"):
      // the person it stands for, else the word alone when several people share it.
      const full = lone.fullNameFor(m, written, m.canonical);
      const place = places.get(normalizeName(written));
      // "Harmony said" where the document names Harmony Enterprises and no one is known by the word;
      // a person who is ("Clinton" beside "Clinton Foundation") stays theirs.
      // Nor does one the document gives a title ("Representative Kennedy ... the Kennedy Center ... Kennedy said").
      const courtesy = COURTESY_BEFORE.test(text.slice(Math.max(0, m.span.start - 6), m.span.start)) || titled.has(`${m.documentId}\u0000${written}`);
      const organization = full === undefined && !courtesy ? organizations.get(m.documentId)?.get(written) : undefined;
      if (full) name = full.name;
      // A word that names a place and no one for sure: "Orlando" taken for a first name.
      else if (place && !table.has(written, 'person')) return table.add(place, 'place', written);
      else if (organization) return table.add(organization, 'organization', written);
      else if (full === null) name = written;
    }
    // "Vienna warned Prague": a capital standing for its government is no name of the country, and
    // taken for one it would merge the city ("a summit in Vienna") into the country on a later ingest.
    return table.add(name, m.type, inCompound(text, m.span) || m.class === CAPITAL ? undefined : written);
  };
}
