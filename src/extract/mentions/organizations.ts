// Names that are organizations' by their words ("Emerson College", "Banco Santander", "Deutsche
// Telekom"), and the one word such a name is shortened to elsewhere in the document ("Santander
// said profits rose", "Telekom said").
import nlp from 'compromise';
import type { Mention, NewsDocument } from '../../core/index.js';
import { isLedBody, stableId } from '../../core/index.js';
import type { ParsedText, Token } from '../parse.js';
import { finiteVerbAfter } from '../verb-after.js';
import { companyBeforeExecutive, nameLike } from './untagged.js';

// Words that end an organization's name, as the tagger knows them: "College", "Foundation", "Bank".
const ENDINGS = (nlp.model() as { two: { orgWords: Record<string, unknown> } }).two.orgWords;
// Of those, surnames too: "Samantha Power", "Emily Post" are people.
const SURNAMES = new Set(['power', 'post']);
// Words that open an organization's name and no person's: "Banco Santander", "Deutsche Telekom".
const OPENINGS = new Set(['banco', 'banca', 'banque', 'bank', 'deutsche', 'groupe', 'grupo', 'gruppo', 'societe', 'société', 'compagnie']);

/** A word that ends an organization's name and no person's: "Foundation", "College", "Bank"; not "Power". */
export function endsOrganization(word: string): boolean {
  const w = word.toLowerCase();
  return w in ENDINGS && !SURNAMES.has(w);
}

// Up to three capitalised words right after a name, and what follows them: "Brussels| Airlines said".
// A name going on with "of" ("U.S. Department of Justice") is longer than the words read here.
const CAPITALS_AFTER = /^((?: \p{Lu}[\p{L}&'’.-]*){1,3})(?! \p{Lu}| of\b)/u;

/**
 * True when the capitalised words right after the name ending at `end` make it an organization's
 * name: "Brussels Airlines", "London Business School". A longer run of capitals is a headline's.
 */
export function organizationNameGoesOn(text: string, end: number): boolean {
  const run = CAPITALS_AFTER.exec(text.slice(end, end + 60));
  const last = run?.[1]!.trim().split(' ').pop()?.replace(/\.$/, '');
  return last !== undefined && endsOrganization(last);
}

/**
 * True when a name of several words is an organization's by its words, whoever it is named after:
 * the last ends one ("Chelsea Clinton Foundation", "Emerson College", "Santander Bank"), or the
 * first opens one ("Banco Santander", "Deutsche Telekom").
 */
export function isOrganizationName(words: readonly Token[]): boolean {
  if (words.length < 2) return false;
  return endsOrganization(words[words.length - 1]!.text) || OPENINGS.has(words[0]!.text.toLowerCase());
}

// Bodies of a state that news names by one word after "the": "The Treasury said", "the Knesset voted".
const INSTITUTIONS = new Set(['treasury', 'parliament', 'cabinet', 'bundestag', 'knesset', 'duma', 'politburo', 'legislature', 'judiciary', 'storting', 'riksdag', 'sejm', 'majlis', 'oireachtas', 'dail', 'seanad', 'folketing', 'eduskunta']);

/** True when one word names a body of a state: "Treasury", "Parliament", "Knesset". */
export function isInstitution(words: readonly Token[]): boolean {
  return words.length === 1 && INSTITUTIONS.has(words[0]!.text.toLowerCase());
}

// Adjectives that open names: "Democratic" of "Democratic Party", "Islamic" of "Islamic Center".
const ADJECTIVAL = /(?:ic|ican|ist)$/;

/**
 * The words an organization named in several words goes by alone, each to the organization's name:
 * "Santander" for "Banco Santander" and "Santander Bank", "Telekom" for "Deutsche Telekom"; and the
 * `described` words, each an organization's name by itself. Only words that are no words of the
 * language ("House" of "White House" stands for no organization alone), no adjectives ("Democratic"
 * of "Democratic Party") and no place the document names ("Louisville" of "Louisville Islamic Center").
 */
export function shortOrganizationNames(mentions: readonly Mention[], described: ReadonlySet<string>): Map<string, string> {
  const places = new Set(mentions.filter((m) => m.type === 'place').map((m) => m.text));
  const out = new Map<string, string>();
  for (const m of mentions) {
    // "Clinton" is no short name of the "Clinton campaign": the word is the leader's.
    if (m.type !== 'organization' || m.kind !== 'name' || isLedBody(m.canonical ?? m.text)) continue;
    const words = m.text.replace(/^the\s+/i, '').split(/\s+/);
    if (words.length < 2) continue;
    // "University of Cincinnati", "Bank of America": the word after "of" names a place or a field, not the organization.
    const linked = words.length >= 3 && /^(?:of|for|on|and|&)$/i.test(words[words.length - 2]!);
    for (const w of linked ? [words[0]!] : [words[0]!, words[words.length - 1]!]) {
      const short = nameLike(w) && !ADJECTIVAL.test(w) && !places.has(w) && !endsOrganization(w) && !OPENINGS.has(w.toLowerCase());
      if (short && !out.has(w)) out.set(w, m.canonical ?? words.join(' '));
    }
  }
  for (const w of described) if (!out.has(w)) out.set(w, w);
  return out;
}

// "Santander Bank", "Maria Santander": a word next to another capitalised one is part of a longer name;
// so is one linked to a capitalised word by "of" or "for" ("Democracy for America"); an executive's
// title after it is none ("Santander CEO").
function inLongerName(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const linked = next !== undefined && /^(?:of|for)$/.test(next.text) && /^\s+$/.test(next.post) && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '');
  const after = next !== undefined && /^\s+$/.test(tokens[i]!.post) && ((/^\p{Lu}/u.test(next.text) && !companyBeforeExecutive(tokens, i)) || linked);
  const before = prev !== undefined && /^\s+$/.test(prev.post) && /^\p{Lu}/u.test(prev.text) && !prev.tags.has('Determiner');
  return after || before;
}

// Tags of a word that is no organization's name alone: "the Democratic nomination" (of "Democratic
// Party"), "in Louisville" (of "Louisville Islamic Center").
const NOT_SHORT_TAGS = ['Adjective', 'Demonym', 'Place', 'Person'];

// "around Buffalo", "Buffalo, New York": the town an institution is named after ("Buffalo News"),
// where the word stands alone ("shares in Valeant" may be the company: "in" tells nothing).
const LOCATIVE = /^(?:around|near|outside|throughout)$/i;
function placeAt(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const located = prev !== undefined && /^\s+$/.test(prev.post) && LOCATIVE.test(prev.text);
  const stated = next !== undefined && /^,\s*$/.test(tokens[i]!.post) && (next.tags.has('Place') || /^\p{Lu}\p{Ll}*\.$/u.test(next.text + (/^\./.test(next.post) ? '.' : '')));
  return located || stated;
}

/**
 * True when the word at `i` names the organization itself: the subject of a verb ("Telekom said it
 * would cut jobs"), the company before an executive's title ("Telekom CEO Ola Ade"), or, inside a sentence, any word not qualifying a noun after it ("the board of
 * Valeant"); "Crime experts say" opens a sentence with a common word, "Democratic senators" qualifies one.
 */
function namesItself(tokens: readonly Token[], i: number): boolean {
  if (finiteVerbAfter(tokens, i) !== null || companyBeforeExecutive(tokens, i)) return true;
  const opening = i === 0 || /["“‘'(]$/.test(tokens[i]!.pre);
  const next = tokens[i + 1];
  const qualifies = next !== undefined && /^\s+$/.test(tokens[i]!.post) && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun');
  return !opening && !qualifies;
}

// What only an organization is: "a Spanish lender", "the carrier"; the noun ends the description
// ("Paulson, the hedge fund manager," is a person).
const ORGANIZATION_NOUNS =
  'company|firm|bank|lender|carrier|insurer|retailer|maker|manufacturer|automaker|carmaker|airline|chain|conglomerate|giant|start-?up|brand|publisher|broadcaster|newspaper|utility|supplier|corporation|multinational|charity|nonprofit';
// ("Brown, the chairman of the company," is a person: the noun heads no phrase with "of" before it.)
const DESCRIBED_AS = new RegExp(`^,\\s*(?:a|an|the)\\s+(?:(?!of\\s)[\\p{L}'’.-]+\\s+){0,3}?(?:${ORGANIZATION_NOUNS})s?(?=\\s*[,.;)]|\\s+(?:that|which|based|in|with)\\b)`, 'iu');
// What only an organization has: "Santander's chief executive", "Telekom's shares".
const OWNS = /^['’]s?\s+(?:chief executive|CEO|shares|stock|share price|shareholders|subsidiary|subsidiaries|board of directors)\b/;

/** True when the text right after the word of `t` describes it as an organization's name: "Santander, the Spanish lender,", "Santander's chief executive". */
function describedAt(text: string, t: Token): boolean {
  const end = t.span.start + t.text.replace(/['’]s?$/, '').length;
  const after = text.slice(end, end + 80);
  return DESCRIBED_AS.test(after) || OWNS.test(after);
}

/** The single capitalised words the document describes as an organization's name where it writes them. */
export function describedOrganizations(doc: NewsDocument, parsed: ParsedText): Set<string> {
  const out = new Set<string>();
  for (const { tokens } of parsed.sentences) {
    tokens.forEach((t, i) => {
      const word = t.text.replace(/['’]s?$/, '');
      if (/^\p{Lu}\p{Ll}+$/u.test(word) && !inLongerName(tokens, i) && describedAt(doc.text, t)) out.add(word);
    });
  }
  return out;
}

// A common noun only an organization is, right before its name: "the automaker Ford", "rival carmaker Ford".
const NOUN_BEFORE = new RegExp(`\\b(?:${ORGANIZATION_NOUNS})\\s+$`, 'u');

/**
 * True when the document shows `word` names an organization, not only where a tagger reads it so:
 * it describes the word as one's ("Ford, the carmaker,", "Ford's shares", "the automaker Ford") or
 * names an organization that opens with it ("Ford Motor").
 */
export function shownAsOrganization(doc: NewsDocument, parsed: ParsedText, word: string, mentions: readonly Mention[], described: ReadonlySet<string>): boolean {
  if (described.has(word)) return true;
  if (mentions.some((m) => m.type === 'organization' && m.text.startsWith(`${word} `))) return true;
  return parsed.sentences.some(({ tokens }) => tokens.some((t) => t.text.replace(/['’]s?$/, '') === word && NOUN_BEFORE.test(doc.text.slice(Math.max(0, t.span.start - 40), t.span.start))));
}

// Bodies named after what they oversee: "Treasury Committee", "Energy Commission".
const OVERSEERS = /\s(?:Committee|Subcommittee|Commission|Council|Panel|Caucus)$/;

/**
 * True when "the" before the first word of the name of a body that oversees it makes that word a
 * body of its own: "the Treasury" beside "the Treasury Committee"; "the Treasury" of "Treasury
 * Department" and "the Census" of "Census Bureau" are the one body.
 */
function opensWithArticle(name: string, word: string, textBefore: string): boolean {
  return OVERSEERS.test(name) && name.startsWith(`${word} `) && /(?:^|[^\p{L}])the\s+$/iu.test(textBefore);
}

/** What the one word `m` stands for, where the document names an organization `name` that it shortens. */
export function shortNameCanonical(doc: NewsDocument, m: Mention, name: string): string {
  return opensWithArticle(name, m.text, doc.text.slice(Math.max(0, m.span.start - 8), m.span.start)) ? m.text : name;
}

/** The `short` names of the document's organizations where they stand alone: "Telekom said it would cut jobs." */
export function shortOrganizationMentions(doc: NewsDocument, parsed: ParsedText, short: ReadonlyMap<string, string>): Mention[] {
  const out: Mention[] = [];
  for (const s of parsed.sentences) {
    s.tokens.forEach((t, i) => {
      const word = t.text.replace(/['’]s?$/, '');
      const name = short.get(word);
      if (!name || inLongerName(s.tokens, i) || NOT_SHORT_TAGS.some((tag) => t.tags.has(tag)) || placeAt(s.tokens, i)) return;
      if (!namesItself(s.tokens, i) && !describedAt(doc.text, t)) return;
      const span = { start: t.span.start, end: t.span.start + word.length };
      const own = opensWithArticle(name, word, doc.text.slice(Math.max(0, t.span.start - 8), t.span.start));
      out.push({ id: stableId('men', doc.id, span.start, span.end), documentId: doc.id, span, text: word, type: 'organization', kind: 'name', canonical: own ? word : name });
    });
  }
  return out;
}
