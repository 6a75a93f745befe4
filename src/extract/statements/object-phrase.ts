// Where a cue's object ends when it is a thing rather than a clause: "Christie endorsed Trump and
// has appeared at his side ..." attributes "Trump", and annotators stop the content there.
import type { Token } from '../parse.js';
import { breaksAfter, tagged, word } from './context.js';
import { phraseStartingAt } from './noun-phrase.js';

/** Words that join a second phrase or clause to the first. */
export const COORDINATORS = new Set(['and', 'but', 'or']);
// A reason or a concession after the object is the writer's, not the cue's: "vetoed the bill because ...".
const SUBORDINATORS = new Set(['because', 'although', 'though', 'whereas', 'unless', 'when', 'while', 'during']);
const TIME_NOUNS = /^(?:years?|days?|times?|moments?|period|periods|hours?|era|eras|weeks?|months?|nights?|mornings?|decades?|age|point|occasions?|season)$/;
// A relative or question word keeps the clause it opens with the object: "a plan that would ...".
const RELATIVES = new Set(['that', 'who', 'which', 'whose', 'whom', 'where', 'what', 'how', 'why', 'whether', 'if']);

const CALLS = new Set(['guys', 'folks', 'look', 'listen', 'well', 'hey', 'okay', 'ok', 'yes', 'no', 'now', 'so', 'oh']);

/** A verb that can head a clause: not a participle read as a noun or an adjective. */
export function finite(t: Token | undefined): boolean {
  return tagged(t, 'Verb', 'Modal', 'Auxiliary', 'Copula') && !tagged(t, 'Gerund', 'Noun', 'Adjective');
}

/**
 * The last token of the object that starts at `start`, when a new act follows it: a second verb
 * ("and has appeared"), a participle or clause after a comma (", saying ...", ", and he ..."),
 * "by doing ...", a reason ("because ..."), a dash or a semicolon; a colon goes on to the list the
 * object announces ("a 3-2-1 strategy: third in Iowa, ..."). Null when the content holds a verb of its own first
 * ("said the plan is dead") or runs unbroken to `end`, the last token of the content as first read.
 */
export function objectEnd(tokens: readonly Token[], start: number, end: number): number | null {
  if (finite(tokens[start]) || word(tokens[start]) === 'to') return null;
  // "said, hey, you've got to change", "said guys, I'm not going": a word called out opens the words said.
  if (/,/.test(tokens[start]!.post) && (tagged(tokens[start], 'Expression') || CALLS.has(word(tokens[start])))) return null;
  for (let j = start; j < end; j++) {
    const t = tokens[j]!;
    const n = tokens[j + 1]!;
    const w = word(n);
    if (RELATIVES.has(w) || RELATIVES.has(word(t))) return null;
    // "endorsed Cruz - the first time it has weighed in": what follows a dash is the writer's.
    // "the years when Britain led", "the hours during which ...", "the decision of when to vote": a
    // time word or preposition before "when", or "which" after "during", opens a relative clause.
    const relativeTime = (w === 'when' && (TIME_NOUNS.test(word(t)) || tagged(t, 'Preposition'))) || (w === 'during' && word(tokens[j + 2]) === 'which');
    if (/;|\s(?:-|--|—|–)\s|[—–]/.test(t.post) || (SUBORDINATORS.has(w) && !relativeTime)) return j;
    // ", including ..." goes on naming the object.
    if (/,/.test(t.post) && ((tagged(n, 'Gerund') && w !== 'including') || COORDINATORS.has(w) || (tagged(n, 'Pronoun') && !tagged(n, 'Possessive')))) return resumes(tokens, j + 1, end) ? null : j;
    // "While Republicans opposed those decisions, the Democratic base has shown ...": after the comma a
    // subject and its verb open the main clause.
    if (/,/.test(t.post) && !/["“”]/.test(t.post) && newClause(tokens, j + 1)) return j;
    if (COORDINATORS.has(w) && finite(tokens[j + 2])) return j;
    if (w === 'by' && tagged(tokens[j + 2], 'Gerund')) return j;
    // "sued the DNC in federal court on Friday", "endorsed Trump in early June": where and when are the writer's
    // when the object is a name.
    // (After a common noun the phrase may name its own place or time: "a victory in South Carolina".)
    if (CIRCUMSTANTIAL.has(w) && tagged(t, 'ProperNoun', 'Pronoun') && !tagged(t, 'Possessive') && circumstanceAt(tokens, j + 2)) return j;
    if (finite(n) && !tagged(t, 'Preposition') && !/ing$/.test(w)) return null;
  }
  return null;
}

const CIRCUMSTANTIAL = new Set(['in', 'on', 'at', 'during']);
const CIRCUMSTANCE_NOUNS = /^(?:court|speeches|speech|interviews?|statements?|emails?|letters?|tweets?|ads?|rallies|rally|debates?|early|late|mid)$/;

// A time, a place or a medium after a preposition: "in 2008", "on Friday", "in Iowa", "in an email", "in early June".
function circumstanceAt(tokens: readonly Token[], k: number): boolean {
  let i = k;
  if (tagged(tokens[i], 'Determiner') && !tagged(tokens[i], 'Possessive')) i++;
  // "in federal court", "in a recent interview"
  while (i < k + 3 && tagged(tokens[i], 'Adjective') && !tagged(tokens[i], 'Date') && !breaksAfter(tokens[i])) i++;
  const t = tokens[i];
  if (!t) return false;
  if (tagged(t, 'Date') || (tagged(t, 'Place') && !tagged(t, 'Person')) || /^(?:1[89]|20)\d\d$/.test(t.text)) return true;
  if (!CIRCUMSTANCE_NOUNS.test(word(t))) return false;
  // "in a speech" but not "in a speech that ...": a noun with its own clause is what was said.
  const next = tokens[i + 1];
  return !next || breaksAfter(t) || !RELATIVES.has(word(next));
}

/** True when a subject and its verb start at token `k`: a clause of its own opens there. */
export function newClause(tokens: readonly Token[], k: number): boolean {
  if (tagged(tokens[k], 'Pronoun') && !tagged(tokens[k], 'Possessive')) return finite(tokens[k + 1]);
  const subject = phraseStartingAt(tokens, k);
  return subject !== null && !breaksAfter(tokens[subject.to]) && finite(tokens[subject.to + 1]);
}

// "Millennials, numbering 75 million, surpassed ...": the aside closes and the subject's verb follows.
export function resumes(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (/,/.test(tokens[k]!.post)) return finite(tokens[k + 1]);
  return false;
}
