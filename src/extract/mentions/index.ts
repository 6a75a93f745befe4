// All mentions of a document: gazetteer names first, then compromise's names, descriptions and pronouns.
import type { Mention, NewsDocument, Span } from '../../core/index.js';
import { LED_BODIES, lowerBound, spansOverlap, stableId } from '../../core/index.js';
import nlp from 'compromise';
import type { ParsedText, Token } from '../parse.js';
import { compoundMentions } from './compounds.js';
import { datelinePlaces } from './dateline.js';
import { descriptionMentions } from './descriptions.js';
import { knownMentions } from './known.js';
import { linkedOrganizationMentions } from './linked-names.js';
import { nameMentions } from './names.js';
import { describedOrganizations, shortNameCanonical, shortOrganizationMentions, shortOrganizationNames, shownAsOrganization } from './organizations.js';
import { pronounMentions } from './pronouns.js';
import { modifiesNext, surnameMentions, surnamesOf } from './surnames.js';
import { nameLike } from './untagged.js';
import { findQuotes, quoteAt } from '../statements/quotes.js';

/**
 * People, organizations and places mentioned in the document, in text order: descriptions,
 * countries in compounds, gazetteer names, organizations named across "of" or "for", compromise's names, the surnames of people named in
 * full, the one-word names of organizations named in full or described, then pronouns. Where two
 * overlap, the earlier source in this list wins, so mentions never overlap.
 */
export function extractMentions(doc: NewsDocument, parsed: ParsedText): Mention[] {
  // A dateline's place words are kept out, as if a mention already held them.
  const datelines = datelinePlaces(doc.text);
  const kept: Mention[] = [];
  const near = new SpanBins();
  for (const d of datelines) near.add(d);
  const keep = (group: Mention[]): void => {
    for (const m of group) {
      if (near.around(m.span).some((k) => spansOverlap(k, m.span))) continue;
      kept.push(m);
      near.add(m.span);
    }
  };
  for (const group of [descriptionMentions(doc), compoundMentions(doc), knownMentions(doc, parsed), linkedOrganizationMentions(doc, parsed), nameMentions(doc, parsed)]) keep(group);
  const tokens = parsed.sentences.flatMap((s) => s.tokens);
  const ends = tokens.map((t) => t.span.end);
  // "Hollande's office said": the surname of someone the document names in full is theirs, whatever type the tagger gave it;
  // "Gerald Ford ... Ford said" too, where the tagger knows a company by the word, unless the document shows the company.
  // Qualifying a noun ("the Ford administration") the word keeps the tagger's reading: it names no one who acts.
  const surnames = surnamesOf(kept);
  const described = describedOrganizations(doc, parsed);
  const company = (m: Mention): boolean =>
    m.type === 'organization' && !qualifiesNext(tokens, ends, m) && !shownAsOrganization(doc, parsed, m.text, kept, described);
  for (const m of kept) if (m.kind === 'name' && m.type !== 'person' && !m.canonical && surnames.has(m.text) && (nameLike(m.text) || company(m))) m.type = 'person';
  // "Morgan, the Spanish lender, said": a word the tagger took for a person's name that the document describes as an organization's.
  for (const m of kept) if (m.kind === 'name' && m.type === 'person' && !m.canonical && described.has(m.text) && !surnames.has(m.text)) m.type = 'organization';
  keep(surnameMentions(doc, parsed, surnames));
  // "Telekom said" after "Deutsche Telekom": an organization's name shortened to one word, where no person has it.
  const short = shortOrganizationNames(kept, described);
  // "Mondelez CEO Ola Ade" beside "Mondelez International": the one word read as a name already stands for the organization too.
  for (const m of kept) if (m.kind === 'name' && m.type === 'organization' && !m.canonical && short.has(m.text) && short.get(m.text) !== m.text) m.canonical = shortNameCanonical(doc, m, short.get(m.text)!);
  keep(shortOrganizationMentions(doc, parsed, short));
  for (const m of kept) if (namedAfterLeader(doc, m)) near.add(m.span);
  keep(pronounMentions(doc, parsed));
  const quotes = findQuotes(doc.text);
  for (const m of kept) {
    const q = quoteAt(quotes, m.span.start);
    if (q && m.span.start > q.start) m.quoted = true;
    const gender = m.type === 'person' && m.kind === 'name' ? genderOf(tokens, ends, m) : undefined;
    if (gender) m.gender = gender;
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}

// "The Obama administration announced", "the Clinton campaign said", "Trump's campaign said": a body
// named after the one who leads it is an organization of its own, neither the person nor the country.
const LED_BODY = new RegExp(`^\\s+${LED_BODIES}\\b`, 'i');
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?,?$/;

/** True when the tagger knows a word as a first name and not as a surname: "Bernie", not "Obama". */
function firstNameOnly(word: string): boolean {
  const parsed = nlp(word);
  return parsed.has('#FirstName') && !parsed.has('#LastName');
}

/** Makes `m` the body named after it, when it is one; true when it did. */
function namedAfterLeader(doc: NewsDocument, m: Mention): boolean {
  // ("the Senate campaign": a body the gazetteer knows leads no campaign.)
  if (m.kind !== 'name' || m.type === 'place' || m.class !== undefined) return false;
  // "the Clinton campaign" or "Clinton's campaign", the "'s" inside the mention or after it.
  const possessive = /['’]s?$/.test(m.text) ? '' : (/^['’]s?(?=\s)/.exec(doc.text.slice(m.span.end, m.span.end + 3))?.[0] ?? '');
  const owner = /['’]s?$/.test(m.text) || possessive !== '';
  if (!owner && !/(?:^|[^\p{L}])the\s+$/iu.test(doc.text.slice(Math.max(0, m.span.start - 5), m.span.start))) return false;
  const body = LED_BODY.exec(doc.text.slice(m.span.end + possessive.length, m.span.end + possessive.length + 20));
  if (!body) return false;
  // "Bernie's campaign": a first name alone, not yet known as whose, stays the person's.
  const word = m.text.replace(/['’]s?$/, '');
  if (!m.canonical && !/\s/.test(word) && firstNameOnly(word)) return false;
  // Only a person leads one: "the Zandor Motors campaign" is an advertisement's. The tagger may take
  // a leader's one-word name for an organization's ("the Obama administration").
  if (m.type === 'organization' && /\s/.test(word)) return false;
  // Named by the leader's last name as news does, so "the Barack Obama administration" is the "Obama
  // administration", and "Bernie's campaign", where the gazetteer knows him, the "Sanders campaign";
  // a suffix is no name ("Robert F. Kennedy Jr.'s campaign" is the "Kennedy campaign").
  const names = (m.type === 'person' && m.canonical ? m.canonical : word).trim().split(/\s+/).filter((w) => !NAME_SUFFIX.test(w.replace(/['’]s?$/, '')));
  const leader = names.pop()?.replace(/['’]s?$/, '').replace(/,$/, '');
  if (!leader) return false;
  m.span = { start: m.span.start, end: m.span.end + possessive.length + body[0].length };
  m.id = stableId('men', doc.id, m.span.start, m.span.end);
  m.text = doc.text.slice(m.span.start, m.span.end);
  m.type = 'organization';
  m.canonical = `${leader} ${body[1]!.toLowerCase()}`;
  return true;
}

/**
 * True when the mention's last word qualifies the word after it: "Ford" of "the Ford administration";
 * not a possessive, which names an owner ("Ford’s aides").
 */
function qualifiesNext(tokens: readonly Token[], ends: readonly number[], m: Mention): boolean {
  // The mention's last token: the first whose end reaches the mention's end ("Ford’s" ends past "Ford").
  const last = lowerBound(ends, m.span.end);
  const t = tokens[last];
  return t !== undefined && t.span.end === m.span.end && modifiesNext(t, tokens[last + 1]);
}

// Spans filed under every stretch of BIN characters they touch, so a mention is checked for overlap
// only against those near it, not every one kept before it: scanning them all was quadratic in
// long documents. Two spans that overlap share a character (or one is empty inside the other), so
// they share a bin.
const BIN = 64;
class SpanBins {
  private readonly bins = new Map<number, Span[]>();

  private range(s: Span): [number, number] {
    return [Math.floor(s.start / BIN), Math.floor(Math.max(s.start, s.end - 1) / BIN)];
  }

  add(s: Span): void {
    const [from, to] = this.range(s);
    for (let b = from; b <= to; b++) {
      if (!this.bins.has(b)) this.bins.set(b, []);
      this.bins.get(b)!.push(s);
    }
  }

  /** The spans sharing a bin with `s`: every one that may overlap it. */
  around(s: Span): Span[] {
    const [from, to] = this.range(s);
    const out: Span[] = [];
    for (let b = from; b <= to; b++) out.push(...(this.bins.get(b) ?? []));
    return out;
  }
}

// "Hillary Clinton", "Mr. Trump", "Mrs. Clinton": a courtesy title before the name, or a first name
// the tagger knows as one gender's; "Christie" alone is a surname, whatever first name it spells.
function genderOf(tokens: readonly Token[], ends: readonly number[], m: Mention): 'male' | 'female' | undefined {
  // The mention's first token: the first whose end is past its start (binary search, as every person mention asks).
  const first = lowerBound(ends, m.span.start + 1);
  if (first >= tokens.length) return undefined;
  const title = tokens[first - 1]?.text.toLowerCase();
  if (title === 'mr') return 'male';
  if (title === 'mrs' || title === 'ms') return 'female';
  if (!/\s/.test(m.text)) return undefined;
  return firstNameGender(tokens[first]!.text);
}

// The gender compromise knows a first name by, read alone: in a name the lexicon knows whole
// ("Hillary Clinton") the tagger marks both words as a person and drops the first name's gender.
const firstNames = new Map<string, 'male' | 'female' | undefined>();
function firstNameGender(word: string): 'male' | 'female' | undefined {
  if (!firstNames.has(word)) {
    const tags = new Set((nlp(word).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? []);
    firstNames.set(word, tags.has('MaleName') && !tags.has('FemaleName') ? 'male' : tags.has('FemaleName') && !tags.has('MaleName') ? 'female' : undefined);
  }
  return firstNames.get(word);
}
