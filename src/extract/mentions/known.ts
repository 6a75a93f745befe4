// Mentions of entities the gazetteer knows, found by exact surface form with word boundaries.
import type { Mention, NewsDocument } from '../../core/index.js';
import { stableId } from '../../core/index.js';
import { gazetteer, type SurfaceForm } from '../gazetteer.js';
import type { ParsedText, Token } from '../parse.js';
import { finiteVerbAfter, mainVerbAt } from '../verb-after.js';
import { organizationNameGoesOn } from './organizations.js';

let pattern: { regex: RegExp; byText: Map<string, SurfaceForm> } | undefined;

function matcher() {
  if (pattern) return pattern;
  const g = gazetteer();
  const byText = new Map<string, SurfaceForm>();
  for (const f of g.forms) if (!byText.has(f.text)) byText.set(f.text, f);
  for (const [short, name] of g.shortNames) {
    if (!byText.has(short)) byText.set(short, { text: short, canonical: name, type: 'person', class: SHORT });
  }
  const alternatives = [...byText.keys()].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Case matters: "US" is a country, "us" a pronoun; "AP" an agency, "ap" nothing.
  pattern = { regex: new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}]|-[\\p{L}])`, 'gu'), byText };
  return pattern;
}

/** A country's or capital's name of one word, which may be a person's surname too ("Jordan", "Lima", "Washington"). */
function isOneWordPlace(form: SurfaceForm | undefined): boolean {
  return form !== undefined && (form.type === 'place' || form.capitalOf !== undefined) && /^\p{Lu}\p{Ll}+$/u.test(form.text);
}

/** The gazetteer's class of companies ("Goldman Sachs", "Tesla"). */
const COMPANY = 'company';
const WEEKDAY_AFTER = /^ (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

/** Marks a surname standing alone; it must not be the tail of another name ("Bill Clinton", "Paul D. Ryan"). */
const SHORT = 'surname';

/** Capitalised words that open a sentence before a surname, not a first name: "When Trump spoke". */
const OPENERS = /^(?:When|Whenever|If|As|But|And|Or|While|After|Before|Since|Because|Although|Though|So|Then|Now|Why|How|What|Where|Who|Whom|Whether|Did|Does|Do|Will|Would|Can|Could|Should|Has|Had|Have|Is|Was|Were|Are|For|With|Without|Unlike|Like|Even|Once|Until|Unless|Yet|Still|Also|Only|Nor|Neither|Meanwhile|However|Instead|Indeed|Today|Yesterday|That|This|Let|Says|Said|Asked|Told|Both|Not|Of|To|On|In|At|By|From|Under|Over|Against|About)$/;

/** Where a capital stands for a place, not its government: "In Moscow", "visiting Washington". */
const LOCATIVE = /\b(in|at|from|to|near|visiting|visit|outside|inside|across|around)\s+$/i;

/** Verbs that agree with a plural subject: "Paris and Brussels were hit" makes no one city the actor. */
const PLURAL_VERB = /^(?:are|were|have)$/;

/**
 * True when the word starting at `start` is the one who acts, the subject of an active verb with a
 * tense: "Brussels warned London", "Brussels has said"; not a modifier ("the Brussels attacks
 * killed"), one of several ("Paris and Brussels were hit") nor the one acted on ("Brussels was
 * rocked by explosions").
 */
function actsAt(parsed: ParsedText, start: number): boolean {
  const sentence = parsed.sentences.find((s) => s.span.start <= start && start < s.span.end);
  const tokens = sentence?.tokens ?? [];
  const i = tokens.findIndex((t) => t.span.start === start);
  const verb = i >= 0 ? finiteVerbAfter(tokens, i) : null;
  if (verb === null) return false;
  const before = tokens[i - 1];
  if (before && (before.tags.has('Determiner') || before.tags.has('Possessive'))) return false;
  if (PLURAL_VERB.test(tokens[verb]!.text) || tokens.slice(verb, verb + 2).some((t) => t.tags.has('Passive'))) return false;
  // "Brussels is a city", "Brussels has become a target", "Brussels remained on alert": a state is the city's.
  const main = tokens[mainVerbAt(tokens, verb)]!;
  return !main.tags.has('Copula') && !STATE_VERB.test(main.text.toLowerCase());
}

/** Verbs of being somewhere or somehow, which a city has as much as a government. */
const STATE_VERB = /^(?:become|becomes|became|remain|remains|remained|lie|lies|lay|sit|sits|sat|stand|stands|stood|has|have|had|host|hosts|hosted|look|looks|looked|seem|seems|seemed|feel|feels|felt)$/;

/** Tags of a first name, or of a word the tagger reads as part of a person's name. */
const FIRST_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'Person'];

/** The token starting at `start`, with those before and after it. */
function tokenAt(parsed: ParsedText, start: number): { token: Token; before: Token | undefined; after: Token | undefined } | undefined {
  const sentence = parsed.sentences.find((s) => s.span.start <= start && start < s.span.end);
  const i = sentence?.tokens.findIndex((t) => t.span.start === start) ?? -1;
  return i >= 0 ? { token: sentence!.tokens[i]!, before: sentence!.tokens[i - 1], after: sentence!.tokens[i + 1] } : undefined;
}

/**
 * True when a place's one-word name at `start` is the surname of a person named in full there:
 * "Lima" of "Captain Rafael Lima", "Jordan" of "Rep. Jim Jordan", as the tagger reads the pair.
 */
function surnameInFullName(parsed: ParsedText, start: number): boolean {
  const at = tokenAt(parsed, start);
  const before = at?.before;
  if (!at || !before || !at.token.tags.has('Person') || before.tags.has('Honorific') || !/^\s+$/.test(before.post)) return false;
  // "George Washington University": the pair opens a longer name, which is no person's.
  if (at.after && /^\s+$/.test(at.token.post) && /^\p{Lu}/u.test(at.after.text)) return false;
  return /^\p{Lu}/u.test(before.text) && FIRST_NAME_TAGS.some((tag) => before.tags.has(tag));
}

/** Every gazetteer form in the text, longest first where they overlap. */
export function knownMentions(doc: NewsDocument, parsed: ParsedText): Mention[] {
  const { regex, byText } = matcher();
  const out: Mention[] = [];
  const matches = [...doc.text.matchAll(regex)];
  // "Captain Rafael Lima ... Lima said": a place's name that is the surname of someone the document
  // names in full is theirs there and, alone, wherever it is not where something happens ("in Lima").
  const surnames = new Set<string>();
  for (const m of matches) if (isOneWordPlace(byText.get(m[0])) && surnameInFullName(parsed, m.index)) surnames.add(m[0]);
  for (const m of matches) {
    const form = byText.get(m[0]);
    if (!form) continue;
    if (surnames.has(m[0])) {
      if (surnameInFullName(parsed, m.index)) continue;
      if (!LOCATIVE.test(doc.text.slice(Math.max(0, m.index - 12), m.index))) {
        const span = { start: m.index, end: m.index + m[0].length };
        out.push({ id: stableId('men', doc.id, span.start, span.end), documentId: doc.id, span, text: m[0], type: 'person', kind: 'name' });
        continue;
      }
    }
    if (form.class === SHORT && /(?:\p{Lu}[\p{L}-]*|\b\p{Lu}\.)\s+$/u.test(doc.text.slice(Math.max(0, m.index - 30), m.index))) {
      const before = /(\S+)\s+$/.exec(doc.text.slice(Math.max(0, m.index - 30), m.index))?.[1] ?? '';
      if (!gazetteer().titles.includes(before) && !OPENERS.test(before)) continue;
    }
    // "Wells Fargo Center", "Facebook Live": a company's name going on in capitals names something else.
    if (form.class === COMPANY && /^ \p{Lu}\p{Ll}/u.test(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 3)) && !WEEKDAY_AFTER.test(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    // "Brussels Airlines", "London Business School": a place's name going on to an organization's word is that organization's.
    if ((form.type === 'place' || form.capitalOf) && organizationNameGoesOn(doc.text, m.index + m[0].length)) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    const mention: Mention = {
      id: stableId('men', doc.id, span.start, span.end),
      documentId: doc.id,
      span,
      text: m[0],
      type: form.type,
      kind: 'name',
      canonical: form.canonical,
    };
    if (form.class && form.class !== SHORT) mention.class = form.class;
    // A country's capital stands for it wherever it is not the place something happens in
    // ("Washington's allies"); a city stands for an organization only when it acts ("Brussels warned
    // London"), for "the Brussels attacks" and "Paris and Brussels" are the city.
    const place = LOCATIVE.test(doc.text.slice(Math.max(0, span.start - 12), span.start)) || (form.type === 'organization' && !actsAt(parsed, span.start));
    if (form.capitalOf && place) {
      mention.canonical = m[0];
      mention.type = 'place';
      mention.class = 'city';
    }
    out.push(mention);
  }
  return out;
}
