// Names compromise recognises (runs of proper nouns), with titles stripped: "President Xi Jinping" -> "Xi Jinping".
import type { EntityType, Mention, NewsDocument, Span } from '../../core/index.js';
import { stableId } from '../../core/index.js';
import nlp from 'compromise';
import { gazetteer } from '../gazetteer.js';
import { isMonthSurname } from '../month-surnames.js';
import type { ParsedText, Token } from '../parse.js';
import { endsOrganization, isInstitution, isOrganizationName } from './organizations.js';
import { companyBeforeExecutive, loneWords, nameStart, untaggedPerson } from './untagged.js';
import { isCommonAlone, isHeadline, withoutVerbs } from './headline.js';
import { dropNonNameFront, isCalendarWord, NAME_PARTICLES, NOT_NAME_WORDS, titleFront } from './name-front.js';

const NAME_TAGS = ['ProperNoun', 'Person', 'FirstName', 'LastName', 'Honorific', 'Organization', 'Place'];
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];

let titleWords: Set<string> | undefined;

/** Words that make up titles and demonyms: stripped from the front of a name. */
function isTitleWord(token: Token): boolean {
  if (!titleWords) {
    const g = gazetteer();
    titleWords = new Set([...g.titles.flatMap((t) => t.split(' ')), ...g.countryOf.keys()].map((w) => w.toLowerCase()));
    for (const w of ['south', 'north', 'former', 'acting', 'deputy', 'vice', 'senior', 'top']) titleWords.add(w);
  }
  return titleWords.has(token.text.toLowerCase()) || token.tags.has('Honorific');
}

/** Compass words start country names and demonyms: "South Korean", "North Korea". */
const COMPASS = new Set(['South', 'North', 'East', 'West']);

const PARTY_LABEL = /^[RDI]-\p{Lu}/u;
/** Words that make a name joined to them a modifier: "Ohio-based", "Rubio-style", "U.S.-led", "Oscar-winner". */
const MODIFYING = String.raw`(?:based|born|bred|raised|style|styled|type|led|backed|linked|funded|owned|run|controlled|inspired|aligned|allied|affiliated|sponsored|friendly|era|area|level|levels|winner|winning|like|related|centric|specific|wide|made|is|as)`;
const MODIFYING_WORD = new RegExp(`^${MODIFYING}$`, 'i');
const MODIFYING_END = new RegExp(`-${MODIFYING}(?:-\\p{L}+)*$`, 'iu');

/** The index of the last token of a name made a modifier in `run` ("Indiana-born"), or -1. */
function lastModifier(run: readonly Token[]): number {
  for (let k = run.length - 1; k >= 0; k--) {
    const t = run[k]!;
    if (MODIFYING_END.test(t.text) || (k > 0 && /^-$/.test(run[k - 1]!.post.trim()) && MODIFYING_WORD.test(t.text))) {
      // "Islamic State-as-Nazism": the words hyphenated on after it belong to the modifier too.
      let end = k;
      while (end + 1 < run.length && run[end]!.post.trim() === '-') end++;
      return end;
    }
  }
  return -1;
}

function isNameToken(t: Token): boolean {
  if (NOT_NAME_WORDS.has(t.text.toLowerCase())) return false;
  return /^\p{Lu}/u.test(t.text) && (NAME_TAGS.some((tag) => t.tags.has(tag)) || COMPASS.has(t.text));
}

/** A middle initial goes on with the name: the "D." of "Paul D. Ryan", before another name word. */
function isInitial(t: Token, next: Token | undefined): boolean {
  return /^\p{Lu}$/u.test(t.text) && /^\.\s+$/.test(t.post) && !!next && isNameToken(next);
}

/** "de" in "Bill de Blasio": a particle that goes on with the name when a name word follows. */
function continuesParticle(run: readonly Token[], t: Token, next: Token | undefined): boolean {
  return NAME_PARTICLES.has(t.text) && !!next && isNameToken(next) && run.some((r) => r.tags.has('Person')) && /^\s+$/.test(t.post);
}

/** True for words of a demonym or country name ("Korean" of "South Korean"). */
function isCountryWord(t: Token): boolean {
  if (!countryWords) countryWords = new Set([...gazetteer().countryOf.keys()].flatMap((k) => k.toLowerCase().split(' ')));
  return countryWords.has(t.text.toLowerCase());
}
let countryWords: Set<string> | undefined;

/** A hyphenated name goes on: "Eui" "-" "yong", "Jong" "-" "un". */
function continuesHyphen(prev: Token, t: Token): boolean {
  return prev.post === '-' && /^\p{L}/u.test(t.text);
}

// Surnames the tagger takes for the last word of a place's name ("Marsh", "Hill", "Field").
const PLACE_WORD_SURNAMES = new Set(['hill', 'marsh', 'field', 'hall', 'woods', 'lake', 'grove', 'forest', 'castle', 'ridge', 'cliff', 'shore']);
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const FIRST_NAME = new Set(['FirstName', 'MaleName', 'FemaleName']);

/**
 * "Eleanor Marsh", "Fiona Hill": a first name the lexicon knows as nothing else before a surname
 * that is also a place's last word, which the tagger reads as a place's name.
 */
function firstNameAndSurname(tokens: readonly Token[]): boolean {
  if (tokens.length !== 2) return false;
  const first = LEXICON[tokens[0]!.text.toLowerCase()];
  return typeof first === 'string' && FIRST_NAME.has(first) && PLACE_WORD_SURNAMES.has(tokens[1]!.text.toLowerCase());
}

function typeOf(tokens: Token[], titled: boolean): EntityType | null {
  if (titled || firstNameAndSurname(tokens)) return 'person';
  // "Chelsea Clinton Foundation", "Emerson College", "Brussels Airlines": named after a person or a
  // place, or read as one's name, an organization still.
  if (isOrganizationName(tokens)) return 'organization';
  if (tokens.some((t) => PERSON_TAGS.some((tag) => t.tags.has(tag)))) return 'person';
  if (tokens.some((t) => t.tags.has('Organization'))) return 'organization';
  if (tokens.some((t) => t.tags.has('Place'))) return 'place';
  return null;
}

function spanOf(text: string, tokens: Token[]): Span {
  const start = tokens[0]!.span.start;
  let end = tokens[tokens.length - 1]!.span.end;
  // "Clinton's" names Clinton.
  if (/['’]s$/.test(text.slice(start, end))) end -= 2;
  return { start, end };
}

/** People, organizations and places named by runs of proper nouns. */
export function nameMentions(doc: NewsDocument, parsed: ParsedText): Mention[] {
  const out: Mention[] = [];
  const lone = loneWords(parsed.sentences);
  const untyped: { tokens: readonly Token[]; from: number; to: number }[] = [];
  for (const sentence of parsed.sentences) {
    const tokens = sentence.tokens;
    let i = 0;
    while (i < tokens.length) {
      if (!isNameToken(tokens[i]!)) {
        i++;
        continue;
      }
      const run: Token[] = [tokens[i]!];
      const from = i;
      let j = i + 1;
      while (j < tokens.length) {
        const prev = run[run.length - 1]!;
        const t = tokens[j]!;
        const joined = (/^\s*$/.test(prev.post) || isInitial(prev, t)) && /^\s*$/.test(t.pre);
        const next = tokens[j + 1];
        if (continuesHyphen(prev, t) || (joined && (isNameToken(t) || continuesParticle(run, t, next) || isInitial(t, next)))) {
          run.push(t);
          j++;
        } else break;
      }
      i = j;
      const front = dropNonNameFront(run, tokens[from - 1]);
      // "Indiana-born Gonzalo Curiel", "Rubio-style", "Islamic State-linked": a name made a modifier
      // names nothing itself; the name, if any, comes after it.
      const modifier = lastModifier(front);
      if (modifier === front.length - 1) continue;
      const words = modifier >= 0 ? front.slice(modifier + 1) : front;
      const lead = words.length === run.length ? tokens.slice(Math.max(0, from - 3), from) : [];
      const title = titleFront(lead, words, isCountryWord);
      const { start: k, owner } = title;
      // "Tesla Chief Executive Ola Ade": the organization or place whose title it is is named too.
      const owned = owner ? words.slice(owner.from, owner.to) : [];
      const ownerType = owned.length > 0 ? typeOf(owned, false) : null;
      if (ownerType === 'organization' || ownerType === 'place') push(owned, ownerType);
      // Strip the front only when it really was a title: "Korean Peninsula" keeps its "Korean".
      // "Justice Ministry", "Defense Department": a title before an organization's head word names the body.
      const body = k === words.length - 1 && endsOrganization(words[k]!.text);
      const titled = title.titled && !body;
      const named = !body && (titled || typeOf(words.slice(k), false) === 'person') ? words.slice(k) : words;
      // "Health Agency Warns of ...", "Zandor Power Wins Contract": a headline's verb, capitalised as every word there is, ends the name before it.
      const headline = isHeadline(doc.text, named[0]!.span.start);
      const name = headline ? withoutVerbs(named) : named;
      if (name.length === 0) continue;
      // "... in Coastal City": words of the language a headline capitalises name no place.
      if (headline && name.every((t) => isCommonAlone(t.text)) && typeOf(name, titled) === 'place') continue;
      if (name.every((t) => isTitleWord(t) || isCountryWord(t)) && !isInstitution(name) && !gazetteer().countryOf.has(name.map((t) => t.text).join(' '))) continue;
      if (gazetteer().countryOf.has(name.map((t) => t.text).join(' ')) && !name.some((t) => t.tags.has('Place'))) continue;
      // "In April, ..." names no one; "May said" does, where the parse read the month as a surname.
      if (name.length === 1 && isCalendarWord(name[0]!) && !isMonthSurname(name[0]!)) continue;
      // "Sen. Lindsey Graham (R-S.C.)": a party and state after a name label it; they name no one.
      if (name.length === 1 && PARTY_LABEL.test(name[0]!.text)) continue;
      // "Ford CEO Ola Ade": the name before an executive's title is the company's, whatever the tagger read.
      const type = !titled && companyBeforeExecutive(tokens, tokens.indexOf(name[name.length - 1]!)) ? 'organization' : typeOf(name, titled);
      if (type) push(name, type);
      else untyped.push({ tokens, from: tokens.indexOf(name[0]!), to: tokens.indexOf(name[name.length - 1]!) });
    }
  }
  // "Newt Gingrich said", "Tad Devine ... Devine acknowledged": a name the tagger does not know as
  // one, wherever the document shows it is a person's, here or where it names them again.
  // "Banco Santander", "Deutsche Telekom" are organizations by their words, however the document names them alone.
  const companies = untyped.map((u) => u.tokens.slice(nameStart(u.tokens, u.from), u.to + 1)).map((words) => (isOrganizationName(words) || isInstitution(words) ? words : null));
  const people = new Set(out.filter((m) => m.type === 'person').map((m) => m.text));
  const persons = untyped.map((u, k) => ({ u, company: companies[k], person: companies[k] ? null : untaggedPerson(u.tokens, u.from, u.to, lone, isTitleWord) }));
  for (const { u, person } of persons) if (person) people.add(doc.text.slice(u.tokens[person.from]!.span.start, u.tokens[person.to]!.span.end));
  for (const { u, company, person } of persons) {
    const whole = u.tokens.slice(u.from, u.to + 1);
    if (company) push(company, 'organization');
    else if (person) push(u.tokens.slice(person.from, person.to + 1), 'person');
    else if (whole.length > 1 && people.has(doc.text.slice(whole[0]!.span.start, whole[whole.length - 1]!.span.end))) push(whole, 'person');
  }
  return out.sort((a, b) => a.span.start - b.span.start);

  function push(name: Token[], type: EntityType): void {
    const span = spanOf(doc.text, name);
    if (span.end <= span.start) return;
    out.push({ id: stableId('men', doc.id, span.start, span.end), documentId: doc.id, span, text: doc.text.slice(span.start, span.end), type, kind: 'name' });
  }
}
