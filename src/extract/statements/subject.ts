// Finds the speaker phrase next to a cue: "Brian Fallon, a spokesman for Mrs. Clinton," said.
import type { Token } from '../parse.js';
import { TIME_OF_DAY, breaksAfter, tagged, word } from './context.js';
import { finite } from './object-phrase.js';
import { NAMING, isCueVerb } from './cue-words.js';
import { LINKS, POSTMODIFYING_ADJECTIVES, RELATIVES, nominal, phraseEndingAt, phraseStartingAt, type TokenRange } from './noun-phrase.js';

const ADVERBIAL_OPENERS = new Set(['when', 'while', 'after', 'asked', 'speaking', 'however', 'though', 'meanwhile', 'too', 'instead', 'though', 'in', 'on', 'at', 'during']);
const CLAUSE_OPENERS = new Set(['and', 'but', 'or', 'that', 'so', 'if', 'because', 'while', 'when', 'then']);
export const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i']);
// Pronouns that are only objects: "..., voted it down" names what the verb acts on, never its speaker.
/** Pronouns in the object's form (and "it", "her", which may be either). */
export const OBJECT_PRONOUNS = new Set(['it', 'him', 'her', 'them', 'us', 'me']);
const COORDINATING = new Set(['and', 'but']);
// Appositives and relative clauses open with these: "Trump, who ...", "Fallon, a spokesman ...".
const APPOSITIVE_OPENERS = new Set(['who', 'which', 'whose', 'a', 'an', 'the', 'its', 'his', 'her', 'their', 'one', 'now', 'then', 'formerly', 'himself', 'herself', 'speaking', 'like', 'in', 'not', 'once']);

/** '"Going Viral,"': a quotation mark at token `k` opens or closes a short title in capitals. */
export function inTitle(tokens: readonly Token[], k: number): boolean {
  const mark = /["“”]/;
  const capital = (t: Token | undefined) => t !== undefined && (/^\p{Lu}/u.test(t.text) || LINKS.has(word(t)) || /^(the|a|an|to|in|on)$/.test(word(t)));
  const closes = /^[,.]?["”]/.test(tokens[k]!.post);
  for (let n = 0; n < 6; n++) {
    const i = closes ? k - n : k + 1 + n;
    const t = tokens[i];
    if (!capital(t)) return false;
    if (closes ? mark.test(t!.pre) || mark.test(tokens[i - 1]?.post ?? '') : mark.test(t!.post)) return true;
  }
  return false;
}

const DASH = /\s(?:—|–|--)\s/;

// "Insiders in two states — Nevada and South Carolina — said": an aside between dashes stays with the
// speaker, unless it is one of circumstance ("Murphy — after a pause — told").
function dashedAside(tokens: readonly Token[], j: number): TokenRange | null {
  for (let k = j - 1; k >= Math.max(0, j - 20); k--) {
    const t = tokens[k]!;
    // "A former candidate -- John McCain, who lost in 2008 -- said": a comma may stand inside the aside.
    if (/[;:"“”()]/.test(t.post)) return null;
    if (!DASH.test(t.post)) continue;
    const head = nameEndingAt(tokens, k);
    if (!head) return null;
    return adverbialAside(tokens[k + 1]!) ? head : { from: head.from, to: j };
  }
  return null;
}

// US states as datelines and home towns write them: "Jackson, Miss.", "Raleigh, N.C.", "Toledo, Ohio".
const STATES = /^(?:ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev|n\.h|n\.j|n\.m|n\.y|n\.c|n\.d|okla|ore|pa|r\.i|s\.c|s\.d|tenn|tex|va|vt|wash|w\.va|wis|wyo|d\.c|alaska|hawaii|idaho|iowa|maine|ohio|texas|utah)\.?$/i;

// The comma after token `k` only joins a town to its state ("a supporter from Jackson, Miss., said"): no aside opens there.
function homeState(tokens: readonly Token[], k: number): boolean {
  const town = tokens[k]!;
  const state = tokens[k + 1];
  return state !== undefined && /^\p{Lu}/u.test(town.text) && /^,\s*$/.test(town.post) && STATES.test(state.text) && (/^[.,]/.test(state.post) || /\.$/.test(state.text));
}

// The token holding the "(" that the ")" after token `k` closes, a few words back with no break between; -1 when there is none.
function bracketOpening(tokens: readonly Token[], k: number): number {
  for (let m = k; m >= Math.max(0, k - 5); m--) {
    if (/\(/.test(tokens[m]!.pre)) return m;
    if (m < k && /[,;:()]/.test(tokens[m]!.post)) return -1;
  }
  return -1;
}

// An aside of manner or circumstance: "Clinton, clearly frustrated,", "Humphrey, for example,", "Susan, clad in red,".
function adverbialAside(opener: Token): boolean {
  const w = word(opener);
  if (ADVERBIAL_OPENERS.has(w) || w === 'for') return true;
  // "The program, called EB-5,", "The spot, titled “Arrogant,”": a name given describes the speaker.
  if (APPOSITIVE_OPENERS.has(w) || NAMING.has(w) || tagged(opener, 'Noun', 'Determiner', 'Value')) return false;
  return tagged(opener, 'Adverb') || (tagged(opener, 'Verb') && /ed$/.test(w) && !tagged(opener, 'Auxiliary'));
}

/**
 * The subject written before a cue at `j + 1`: a plain phrase, or a phrase followed by an
 * appositive or relative clause between commas, which the source keeps as written.
 */
export function subjectBefore(tokens: readonly Token[], j: number): TokenRange | null {
  const last = tokens[j];
  if (!last) return null;
  // A quotation ends right before the cue: no subject on this side.
  // ('the star of "The Apprentice," said': a title in capitals closes a description, not a quotation.)
  if (/["“”]|''/.test(last.post) && !inTitle(tokens, j)) return null;
  if (DASH.test(last.post)) return dashedAside(tokens, j);
  // "... hacked the computers and she accused": a personal pronoun after "and" opens a clause of its own.
  if (PERSONAL.has(word(last)) && COORDINATING.has(word(tokens[j - 1]))) return { from: j, to: j };
  if (!/,/.test(last.post)) return /\)/.test(last.post) ? nameEndingAt(tokens, j) : breaksAfter(last) ? null : listEndingAt(tokens, j);
  const aside = asideEndingAt(tokens, j);
  if (aside || j === 0 || !homeState(tokens, j - 1)) return aside;
  // "The mayor of Toledo, Ohio, said": no aside, only a town and its state.
  // ("He moved to Austin, Texas, said his sister": a clause before the town is what was said.)
  const town = listEndingAt(tokens, j - 1);
  return town && !tokens.slice(town.from, j).some(finite) ? { from: town.from, to: j } : null;
}

// "X, who ..., said": find the comma that opens the aside; an age or a place may come first
// ("Marley Anderson, 21, a junior from Las Vegas, said").
function asideEndingAt(tokens: readonly Token[], j: number): TokenRange | null {
  let hops = 0;
  for (let k = j - 1; k >= Math.max(0, j - 40); k--) {
    const t = tokens[k]!;
    // A comma closing a quoted title ("Going Viral,") belongs to the description around it.
    if (/["“”]/.test(t.post)) {
      if (inTitle(tokens, k)) continue;
      return null;
    }
    // "whose tuition the Training Corps (ROTC) paid": a short bracket inside the aside is passed over.
    const opening = /\)/.test(t.post) && !/,/.test(t.post) ? bracketOpening(tokens, k) : -1;
    if (opening >= 0) {
      k = opening;
      continue;
    }
    if (/[;:(]/.test(t.post) || (/\)/.test(t.post) && !/,/.test(t.post))) return null;
    if (!/,/.test(t.post) || homeState(tokens, k)) continue;
    const opener = tokens[k + 1]!;
    // "If she wins by a margin, the race will be tight, said X": a clause with its own verb is no aside.
    if (ownVerb(tokens, k + 1, j)) return null;
    // An aside is a relative clause, a described role, or a name after a title ("the chairman, Phil Lovas,").
    // Anything but a new clause: "Archer, wearing a T-shirt, said", "the company, however, said".
    // "Powell's office, when contacted by Reuters, said": an adverbial aside is left out of the speaker.
    if (adverbialAside(opener) && hops <= 1) {
      const speaker = nameEndingAt(tokens, k);
      return speaker && !minorAside(tokens, speaker) ? speaker : null;
    }
    // "Mr. Sperling, then 38, said": an age then is an aside like any other.
    const age = (word(opener) === 'then' || word(opener) === 'now') && tagged(tokens[k + 2], 'Value');
    if (CLAUSE_OPENERS.has(word(opener)) && !age) return null;
    const head = nameEndingAt(tokens, k > 0 && homeState(tokens, k - 1) ? k - 1 : k);
    // "Clinton, during a town hall in Columbus, Ohio, said": the phrase found is inside an aside of circumstance.
    const lead = head ? tokens[head.from - 1] : undefined;
    // ("On Wednesday, however, the director of the FBI, James Comey, said": a lone adverb between commas opens no such aside.)
    if (head && lead && adverbialAside(lead) && !/,/.test(lead.post) && head.from >= 2 && /,/.test(tokens[head.from - 2]!.post)) return nameEndingAt(tokens, head.from - 2);
    // "Seaman, who lives outside the state capital, Sacramento, said": a phrase inside a relative clause speaks no more than "Sacramento".
    const inRelative = head !== null && relativeBefore(tokens, head.from, head.from - 8);
    if (head && !minorAside(tokens, head) && !inRelative) return { from: (namedBefore(tokens, head) ?? head).from, to: j };
    // "One of the authors of the report, Ari Fleischer, said": the name after an unread phrase speaks.
    if (!head && hops === 0 && properName(tokens, k + 1, j)) return { from: k + 1, to: j };
    // "Sanders, meanwhile, who ..., said": a lone adverb between commas is passed over.
    const adverb = !head && /,/.test(tokens[k - 1]?.post ?? '') && adverbialAside(tokens[k]!);
    if (++hops > 2 || (!head && !adverb && !minorAside(tokens, { from: k, to: k }))) return null;
  }
  return null;
}

// "Mike Shields, president of the fund, a group allied with ..., said": a description found first
// may itself describe a name before it.
function namedBefore(tokens: readonly Token[], head: TokenRange): TokenRange | null {
  const first = tokens[head.from]!;
  const described = /^\p{Ll}/u.test(first.text) && !RELATIVES.has(word(first));
  if (head.from < 2 || !/,/.test(tokens[head.from - 1]!.post)) return null;
  // "Nevada's governor, Brian Sandoval, a Republican, said": a role opening the clause names the speaker first.
  if (!described) {
    const role = phraseEndingAt(tokens, head.from - 1);
    const before = role ? tokens[role.from - 1] : undefined;
    const named = role !== null && (tagged(tokens[head.from - 1], 'Actor') || tokens.slice(role.from, head.from).some((t) => /['’]s$/.test(t.text)));
    return named && !/["“”']/.test(tokens[head.from - 1]!.post) && (before === undefined || breaksAfter(before)) ? role : null;
  }
  const name = nameEndingAt(tokens, head.from - 1);
  if (!name || minorAside(tokens, name)) return null;
  const words = tokens.slice(name.from, name.to + 1);
  return words.every((t) => /^\p{Lu}/u.test(t.text) || LINKS.has(word(t))) ? name : null;
}

// A modal or copula before any relative word: the words between commas are a clause.
function ownVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const w = word(tokens[k]).replace(/['’]s$/, '');
    if (RELATIVES.has(w) || w === 'whose' || w === 'whom') return false;
    // The "'s" of "who's" or "the nation's" is no verb of the aside's own.
    if (tagged(tokens[k], 'Modal', 'Copula') && /^\p{L}+$/u.test(tokens[k]!.text)) return true;
  }
  return false;
}

function properName(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from <= 4 && tokens.slice(from, to + 1).every((t, n) => tagged(t, 'ProperNoun') && (n === to - from || !breaksAfter(t)));
}

// An age, a party or a home town between commas: ", 21,", ", D-Ohio,", ", of Des Moines,".
function minorAside(tokens: readonly Token[], r: TokenRange): boolean {
  let from = r.from;
  while (from > 0 && !breaksAfter(tokens[from - 1]) && from > r.from - 3) from--;
  const words = tokens.slice(from, r.to + 1);
  return words.every((t) => tagged(t, 'Value') || /^[A-Z]-/.test(t.text)) || (word(words[0]) === 'of' && words.length <= 3);
}

/**
 * "Labor unions, environmental groups and many lawmakers say": the speakers listed before "and",
 * when the list opens the sentence or follows a break.
 */
function listEndingAt(tokens: readonly Token[], j: number): TokenRange | null {
  const last = reducedRelative(tokens, phraseEndingAt(tokens, j)) ?? relativeEndingAt(tokens, j);
  if (!last || last.from < 3 || !/^(and|or)$/.test(word(tokens[last.from - 1])) || !/,/.test(tokens[last.from - 2]!.post)) return last;
  let from = last.from;
  let end = last.from - 2;
  for (let n = 0; n < 8; n++) {
    // A plural alone between commas is a list item whatever the tagger made of it ("teachers, nurses, and ...").
    const item = nameEndingAt(tokens, end) ?? (/[a-z]s$/.test(tokens[end]!.text) && breaksAfter(tokens[end - 1]) ? { from: end, to: end } : null);
    if (!item) return last;
    from = item.from;
    const before = tokens[from - 1];
    if (!before || (breaksAfter(before) && !/,/.test(before.post))) break;
    if (!/,/.test(before.post)) return last;
    end = from - 1;
  }
  return { from, to: j };
}

// Words that open a clause of their own, which a subject never reaches across.
const CLAUSE_WORDS = new Set(['that', 'and', 'or', 'but']);

// A "who" left of token `k`, down to `limit`, with no break or clause word between.
function relativeBefore(tokens: readonly Token[], k: number, limit: number): boolean {
  for (let i = k - 1; i >= Math.max(1, limit); i--) {
    if (breaksAfter(tokens[i]) || CLAUSE_WORDS.has(word(tokens[i]))) return false;
    if (word(tokens[i]) === 'who') return true;
  }
  return false;
}

/**
 * "The officials whose laws were struck down say", "Those who have been vaccinated say": a relative
 * clause ending in a verb closes the subject that opens the sentence.
 */
function relativeEndingAt(tokens: readonly Token[], j: number): TokenRange | null {
  if (!tagged(tokens[j], 'Verb') || tagged(tokens[j], 'Auxiliary', 'Copula', 'Modal')) return null;
  for (let k = j - 1; k >= Math.max(1, j - 10); k--) {
    const w = word(tokens[k]);
    if (breaksAfter(tokens[k]) || (CLAUSE_WORDS.has(w) && w !== 'that')) return null;
    if (w !== 'whose' && !opensRelative(tokens, k)) continue;
    const head = openingHead(tokens, k);
    return head ? { from: head.from, to: j } : null;
  }
  return null;
}

// "who", or "that" after a noun: "a study that appeared in the journal".
function opensRelative(tokens: readonly Token[], k: number): boolean {
  const w = word(tokens[k]);
  return w === 'who' || (w === 'that' && tagged(tokens[k - 1], 'Noun') && !tagged(tokens[k - 1], 'Pronoun'));
}

// The phrase before the relative word at `k`, when it opens the sentence or follows a break.
function openingHead(tokens: readonly Token[], k: number): TokenRange | null {
  const head = phraseEndingAt(tokens, k - 1);
  const before = head ? tokens[head.from - 1] : undefined;
  // "Even Republicans who have praised him warned": a word of degree or a conjunction may open the sentence.
  return head && (before === undefined || breaksAfter(before) || (head.from === 1 && SENTENCE_OPENERS.has(word(before)))) ? head : null;
}

const SENTENCE_OPENERS = new Set(['even', 'only', 'just', 'but', 'and', 'so', 'yet', 'still', 'now', 'also']);

/**
 * "People briefed on the talks say", "A newspaper owned by Adelson published": a participle
 * after the head of the subject brings its own words; the whole subject opens the clause.
 */
function reducedRelative(tokens: readonly Token[], r: TokenRange | null): TokenRange | null {
  if (!r) return r;
  let verb = false;
  for (let k = r.from - 1; k >= Math.max(1, r.from - 8); k--) {
    const t = tokens[k]!;
    // "People who have battled online threats say", "A person familiar with the plans says":
    // a relative clause or an adjective with its object after the head belongs to the subject.
    // "A 2014 study that appeared in the journal found": so does "that" after a noun.
    if ((opensRelative(tokens, k) && verb) || (POSTMODIFYING_ADJECTIVES.has(word(t)) && tagged(tokens[k + 1], 'Preposition'))) {
      const head = openingHead(tokens, k);
      return head ? { from: head.from, to: r.to } : r;
    }
    // "Organizers of the push to boycott the speech said": an infinitive after a noun describes it.
    if (tagged(t, 'Infinitive') && word(tokens[k - 1]) === 'to' && tagged(tokens[k - 2], 'Noun') && !tagged(tokens[k - 2], 'Pronoun') && !breaksAfter(tokens[k - 2])) {
      const head = phraseEndingAt(tokens, k - 2);
      const before = head ? tokens[head.from - 1] : undefined;
      if (head && (before === undefined || breaksAfter(before))) return { from: head.from, to: r.to };
    }
    verb ||= tagged(t, 'Verb');
    // "Xinhua reported that Xi told": a clause opens after the verb, which is no participle of the subject.
    // "Aides relied on the memo and Gates said": nor after a conjunction, which joins two clauses.
    if (breaksAfter(t) || CLAUSE_WORDS.has(word(t))) return r;
    if (tagged(t, 'Modal', 'Auxiliary', 'Copula')) continue;
    // "Judicial Watch noted FBI Director Comey said": a past tense before a name or article is a verb of its own.
    const object = /ed$/.test(t.text) && tagged(tokens[k + 1], 'Determiner', 'ProperNoun', 'Pronoun', 'Honorific');
    const participle = tagged(t, 'Verb') && (/ed$/.test(t.text) || /ing$/.test(t.text)) && !tagged(t, 'Noun', 'Adjective') && !object;
    if (!participle) {
      // "Parents who have fought the closures say": any verb of a relative clause opened further left.
      if (tagged(t, 'Verb') && !nominal(t) && !relativeBefore(tokens, k, r.from - 10)) return r;
      continue;
    }
    // "who have battled": a participle after an auxiliary belongs to a relative clause further left;
    // "a study that appeared in ...": one right after a relative word too.
    if (RELATIVES.has(word(tokens[k - 1]))) continue;
    // "Senator Lane is making a pitch to voters saying ...": after "is" or "has" it is the clause's own
    // verb, unless a relative clause holds it ("A woman who has accused the mayor of fraud said").
    if (tagged(tokens[k - 1], 'Copula', 'Auxiliary') && !relativeBefore(tokens, k, r.from - 10)) return r;
    const head = phraseEndingAt(tokens, k - 1);
    if (!head) continue;
    const before = tokens[head.from - 1];
    return before === undefined || (breaksAfter(before) && !/["“”]/.test(before.post)) ? { from: head.from, to: r.to } : r;
  }
  return r;
}

/** A phrase ending at `j`, where a bracket after a name belongs to it: "Sen. David Perdue (R-Ga.)". */
function nameEndingAt(tokens: readonly Token[], j: number): TokenRange | null {
  if (!/\)/.test(tokens[j]!.post)) return phraseEndingAt(tokens, j);
  for (let k = j; k >= Math.max(1, j - 20); k--) {
    if (!/\(/.test(tokens[k]!.pre) && !/\(/.test(tokens[k - 1]!.post)) continue;
    const head = phraseEndingAt(tokens, k - 1);
    return head ? { from: head.from, to: j } : null;
  }
  return null;
}

/** The subject written after a cue ("said Lavrov", "said Mr. Smith, a spokesman"), up to the sentence end. */
export function subjectAfter(tokens: readonly Token[], i: number): TokenRange | null {
  if (OBJECT_PRONOUNS.has(word(tokens[i]))) return null;
  const name = phraseStartingAt(tokens, i);
  if (!name) return null;
  // "said Rep. Jim Clyburn (D-S.C.), the assistant leader ...": the bracket belongs to the name.
  const head = bracketAfter(tokens, name);
  const last = tokens[head.to]!;
  // What follows the name, after its bracket: "(D-S.C.)," goes on like "Clyburn,".
  const post = head === name ? last.post : last.post.slice(last.post.indexOf(')') + 1);
  if (head.to === tokens.length - 1 || /[.!?]/.test(post)) return head;
  // "said Lavrov after talks" ends the source; "said the plan is dead" has no source after the cue.
  // "said a data expert who has worked for ...": a restrictive relative clause describes the speaker.
  if (!/,/.test(post) && word(tokens[head.to + 1]) === 'who') return { from: head.from, to: describedThrough(tokens, head.to) };
  // "wrote a man calling himself Paul": so does a participle closing the sentence;
  // "says a source involved in the talks": a participle with its phrase after it, too.
  const participle = /ing$/.test(word(tokens[head.to + 1])) || (/ed$/.test(word(tokens[head.to + 1])) && tagged(tokens[head.to + 2], 'Preposition') && !PERSONAL.has(word(tokens[head.to])));
  if (!/,/.test(post) && participle && closesSentence(tokens, head.to + 1)) return { from: head.from, to: tokens.length - 1 };
  if (!/,/.test(post)) return tagged(tokens[head.to + 1], 'Verb') ? null : head;
  // '"...," said the senator, "because ..."': the quotation resumes after the speaker.
  if (/["“”]|''/.test(post + (tokens[head.to + 1]?.pre ?? ''))) return head;
  // Asides running to the end of the sentence belong to the source: "said Renee Gold, 83, of Sarasota, Florida."
  let pos = head.to + 1;
  for (let n = 0; n < 4 && pos < tokens.length; n++) {
    const tail = asideStartingAt(tokens, pos);
    if (!tail) break;
    if (tail.to === tokens.length - 1 || /[.!?]/.test(tokens[tail.to]!.post)) return { from: head.from, to: tail.to };
    if (!/,/.test(tokens[tail.to]!.post)) break;
    pos = tail.to + 1;
  }
  // "said Palmer, 34, a native of ...": the description goes on after the age.
  if (tagged(tokens[head.to + 1], 'Value')) {
    const age = asideStartingAt(tokens, head.to + 1)!;
    return /,/.test(tokens[age.to]!.post) ? described(tokens, { from: head.from, to: age.to }) ?? head : head;
  }
  // '"...," added Palmer, about the mix': the name right after the cue speaks, whatever follows it.
  return described(tokens, head) ?? head;
}

// The name with a bracket right after it: "Rep. Jim Clyburn (D-S.C.)".
function bracketAfter(tokens: readonly Token[], name: TokenRange): TokenRange {
  if (!/\(\s*$/.test(tokens[name.to]!.post) && !/^\(/.test(tokens[name.to + 1]?.pre ?? '')) return name;
  for (let k = name.to + 1; k <= Math.min(tokens.length - 1, name.to + 5); k++) if (/\)/.test(tokens[k]!.post)) return { from: name.from, to: k };
  return name;
}

// The words from `k` run to the sentence end without a break or a quotation.
function closesSentence(tokens: readonly Token[], k: number): boolean {
  return tokens.length - k <= 8 && !tokens.slice(k, -1).some((t) => /[,;:"“”(]|''/.test(t.post));
}

/**
 * A speaker followed by a comma, with the description that follows it to the sentence end
 * ("Lavrov, who ...", "Smith, a spokesman for ..."); the speaker alone when an aside of manner follows;
 * null when the comma goes on to a list or a clause.
 */
export function described(tokens: readonly Token[], head: TokenRange): TokenRange | null {
  const n = tokens[head.to + 1];
  if (!n) return head;
  // "said Robin Maynard, half joking": the manner of saying is no part of the speaker.
  if (tagged(n, 'Adverb') || word(n) === 'half') return head;
  // "said Jon Ward, director of ...", "said Jeff Flake, Republican of Arizona": a title without article.
  // "said Ari Fleischer, former press secretary", "said his best friend, Bruce Turry": a role, or the name after one.
  const title = /^\p{Ll}/u.test(n.text)
    ? (tagged(n, 'Noun') && !tagged(n, 'Pronoun')) || (tagged(n, 'Adjective') && tagged(tokens[head.to + 2], 'Noun', 'Adjective') && !breaksAfter(n)) ||
      // "associate director": a word before a role, whatever the tagger made of it.
      (tagged(tokens[head.to + 2], 'Actor') && !breaksAfter(n) && !tagged(n, 'Conjunction', 'Preposition', 'Adverb', 'Determiner'))
    : word(tokens[head.to + 2]) === 'of' || tagged(n, 'Person');
  if (!APPOSITIVE_OPENERS.has(word(n)) && !tagged(n, 'Determiner', 'Possessive', 'Gerund') && !title) return null;
  return { from: head.from, to: describedThrough(tokens, head.to) };
}

/**
 * The last token of the description after a speaker named at the end of a sentence:
 * "said Whit Ayres, who was Rubio's pollster." keeps the whole description, as annotators mark
 * the source; it stops before an aside that is an act of its own (", referring to ...",
 * ", who added that ...") and before any quotation.
 */
function describedThrough(tokens: readonly Token[], name: number): number {
  let end = name;
  let k = name + 1;
  while (k < tokens.length) {
    const first = tokens[k]!;
    let verb = word(first) === 'who' ? k + 1 : k;
    while (tagged(tokens[verb], 'Adverb') && verb < tokens.length - 1) verb++;
    if (tagged(first, 'Gerund') || /ing$/.test(word(first)) || (verb > k && isCueVerb(tokens, verb))) return end;
    let j = k;
    while (j < tokens.length - 1 && !/,/.test(tokens[j]!.post)) {
      if (/["“”]|''/.test(tokens[j]!.post + tokens[j + 1]!.pre)) return end;
      j++;
    }
    const after = tokens[j]!.post + (tokens[j + 1]?.pre ?? '');
    // '"The risk," said X, an economist at Y, "is that ...": the description ends where the quotation resumes.
    if (/,/.test(tokens[j]!.post) && /["“]|''/.test(tokens[j + 1]?.pre ?? '')) return j;
    if (/[;:"“”(]|''/.test(after) && !/[.!?]/.test(tokens[j]!.post)) return end;
    end = j;
    k = j + 1;
  }
  return end;
}

// One aside after a name: a phrase, an age, or a home town ("of Sarasota").
function asideStartingAt(tokens: readonly Token[], i: number): TokenRange | null {
  let j = i;
  if (tagged(tokens[j], 'Value')) {
    while (j + 1 < tokens.length && tagged(tokens[j + 1], 'Value') && !breaksAfter(tokens[j])) j++;
    return { from: i, to: j };
  }
  if (word(tokens[i]) === 'of' || word(tokens[i]) === 'from') {
    const place = phraseStartingAt(tokens, i + 1);
    return place ? { from: i, to: place.to } : null;
  }
  return phraseStartingAt(tokens, i);
}

// Openers of a sentence that come before its subject: "In Moscow, ...", "However, ...".
const LEADING = new Set(['here', 'in', 'on', 'at', 'after', 'before', 'during', 'however', 'meanwhile', 'still', 'but', 'and', 'yet', 'also', 'earlier', 'later', 'then', 'so', 'now', 'for', 'since', 'while', 'when', 'as', 'although', 'though', 'under', 'with', 'without', 'speaking', 'asked', 'instead', 'last', 'this']);

/** Prepositions that open a participle clause before the subject: "After praising ..., the governor". */
export const PARTICIPLE_OPENERS = new Set(['after', 'before', 'while', 'by', 'since', 'without', 'when', 'upon']);

const OPENING_WORDS = new Set(['then', 'but', 'and', 'yet', 'so', 'still', 'also', 'now', 'however', 'meanwhile', 'earlier', 'later', 'instead']);

const SUBJECT_POSTMODIFIERS = new Set(['on', 'in', 'at', 'from', 'across', 'with', 'inside', 'outside', 'within', 'among']);

/** The subject of the main clause, read from the start of the sentence, when it ends before token `before`. */
export function clauseSubject(tokens: readonly Token[], first: number, before: number): TokenRange | null {
  let start = first;
  // "Then he cut into Bush, calling ...": a lone adverb or conjunction opens the clause without a comma of its own.
  if (OPENING_WORDS.has(word(tokens[start])) && !/,/.test(tokens[start]!.post)) start++;
  // "But on Tuesday, he stood ...": a leading phrase runs to its comma; "On Tuesday she doubled down" has none.
  if (LEADING.has(word(tokens[start]))) {
    const opening = start;
    while (start < before && !/,/.test(tokens[start]!.post)) start++;
    start++;
    let dated = opening + 1;
    while (dated < before && (tagged(tokens[dated], 'Date') || TIME_OF_DAY.test(word(tokens[dated]))) && !breaksAfter(tokens[dated])) dated++;
    if (start >= before && dated > opening + 1) start = dated;
  }
  if (start >= before) return null;
  const head = phraseStartingAt(tokens, start, before);
  if (!head) return null;
  let to = head.to;
  // "Republicans on Capitol Hill seized on ...": a place or group after the head stays in the subject.
  for (let n = 0; n < 2 && SUBJECT_POSTMODIFIERS.has(word(tokens[to + 1])) && !breaksAfter(tokens[to]); n++) {
    const tail = phraseStartingAt(tokens, to + 2, before);
    if (!tail) break;
    to = tail.to;
  }
  // "Sen. Bernie Sanders (I-Vt.) said", "Christie, New Jersey's governor, said": the aside belongs to the subject.
  if (/\(/.test(tokens[to + 1]?.pre ?? '') || /\(/.test(tokens[to]!.post)) {
    while (to < before && !/\)/.test(tokens[to]!.post)) to++;
  }
  // "One of the men, Jessie Elkins, 70, had served": asides one after another.
  for (let n = 0; n < 3 && /,/.test(tokens[to]!.post); n++) {
    let k = to + 1;
    while (k < before && !/,/.test(tokens[k]!.post) && !/[;:"“”]/.test(tokens[k]!.post)) k++;
    // After the first, only short ones: a name, an age.
    if (k < before && /,/.test(tokens[k]!.post) && k - to <= (n === 0 ? 15 : 3)) to = k;
    else break;
  }
  let verb = to + 1;
  while (tagged(tokens[verb], 'Adverb', 'Auxiliary', 'Negative') && verb < before) verb++;
  return tagged(tokens[verb], 'Verb') && verb < before ? { from: head.from, to } : null;
}
