// Which words introduce an attribution: a few fixed speech verbs plus the lexicon learned from annotated news.
import { readFileSync } from 'node:fs';
import type { Token } from '../parse.js';
import { breaksAfter, tagged, word } from './context.js';
import { modelAdmits } from './cue-model.js';
import { MEDIA, PUBLISHED_AS, mediumVerbBefore } from './medium.js';

// Cues in any news text, whatever the lexicon file says.
const CORE = new Set(
  'say says said saying tell tells told telling add adds added adding note notes noted noting announce announces announced ask asks asked write writes wrote insist insists insisted claim claims claimed explain explained argue argued argues warn warned warns tweet tweeted tweets declare declared state stated acknowledge acknowledged admit admitted recall recalled reply replied respond responded stress stressed emphasize emphasized emphasised confirm confirmed deny denied predict predicted suggest suggested suggests believe believes believed think thinks thought hope hopes hoped want wants wanted express expressed expresses point pointed report reported reports quoted continued'.split(
    ' ',
  ),
);

/** Verbs that name who is spoken to: "told Trump", "assured allies". */
export const ADDRESSED = new Set(
  'tell tells told telling assure assured assures warn warned warns inform informed informs urge urged urges remind reminded reminds ask asked asks'.split(
    ' ',
  ),
);

// The plainest speech verbs, which after a plural noun are verbs whatever the tagger says.
const SAY = new Set(['say', 'says', 'said', 'told', 'tell', 'tells', 'added', 'adds', 'wrote', 'writes']);
// Cues that report speech wherever they stand, even inside someone else's words.
const SPEECH = new Set([...SAY, 'saying', 'telling', 'add', 'adding', 'write', 'according', 'reported', 'reports', 'quoted', 'quoting']);

/** True when a cue's words report speech ("has said", "according to"), not a belief or an act. */
export function reportsSpeech(cue: string): boolean {
  return (cue.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => SPEECH.has(w));
}

// Verbs of evidence spelled like nouns: "the poll shows", "records reveal".
const EVIDENCE = new Set(['show', 'shows', 'reveal', 'reveals', 'suggest', 'suggests', 'indicate', 'indicates', 'find', 'finds']);

const BE_HAVE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);

/**
 * One learned word: how often annotators made it part of a cue, how often it occurs at all and,
 * when measured on the training texts, how many statements the rules drew from it and how many
 * of those named the right speaker for the right content.
 */
export type CueEntry = [cue: number, total: number, fired?: number, right?: number];

// A word the rules have been measured on counts when enough of its statements were right;
// an unmeasured word counts when annotators usually made it a cue (more leniently before "that").
const MIN_FIRED = 3;
const MIN_PRECISION = 0.45;
const MIN_COUNT = 5;
const MIN_RATIO = 0.3;
const MIN_RATIO_BEFORE_THAT = 0.1;

/** A participle after "be": times inside a cue, times after "be" at all, times its subject was the source. */
export type PassiveEntry = [cue: number, total: number, subjectSpeaks: number];

let lexicon: Map<string, CueEntry> | undefined;
let passives = new Map<string, PassiveEntry>();
let acceptAll = false;

// The lexicon is data, rebuilt by `npm run train`; it is read once and, when absent, the core verbs suffice.
function learned(): Map<string, CueEntry> {
  if (lexicon) return lexicon;
  lexicon = new Map();
  try {
    const url = new URL('../../../data/lexicon/cue-words.json', import.meta.url);
    const json = JSON.parse(readFileSync(url, 'utf8')) as { words: Record<string, CueEntry>; passive?: Record<string, PassiveEntry> };
    lexicon = new Map(Object.entries(json.words));
    passives = new Map(Object.entries(json.passive ?? {}));
  } catch {
    // No lexicon: the core verbs alone.
  }
  return lexicon;
}

/**
 * Replaces the learned lexicon. With `all`, every word in it counts as a cue: the training script
 * uses this to measure how well the rules read each candidate.
 */
export function useCueLexicon(words: Record<string, CueEntry>, all = false, passive: Record<string, PassiveEntry> = {}): void {
  lexicon = new Map(Object.entries(words));
  passives = new Map(Object.entries(passive));
  acceptAll = all;
}

// A participle after "be" is a cue when annotators made it one at least half the times it stood so.
const MIN_PASSIVE = 2;
const MIN_PASSIVE_RATIO = 0.5;

/**
 * How a participle after "be" attributes, as annotators read it: "patient" when the subject is what
 * the cue says something of ("Clinton was booed"), "state" when the subject holds the attitude and
 * is the source ("voters were worried about"), null when it is no cue.
 */
export function passiveCue(w: string): 'patient' | 'state' | null {
  learned();
  const entry = passives.get(w);
  if (!entry || entry[0] < MIN_PASSIVE || entry[0] / entry[1] < MIN_PASSIVE_RATIO) return null;
  return entry[2] * 2 > entry[0] ? 'state' : 'patient';
}

function accepted(w: string, beforeThat: boolean): boolean {
  const entry = learned().get(w);
  if (acceptAll) return entry !== undefined || CORE.has(w);
  const [cue, total, fired = 0, right = 0] = entry ?? [0, 1];
  // Smoothed, so a word seen a few times is not judged on luck.
  if (fired >= MIN_FIRED) return (right + 1) / (fired + 2) >= MIN_PRECISION;
  if (CORE.has(w)) return true;
  return cue >= MIN_COUNT && cue / total >= (beforeThat ? MIN_RATIO_BEFORE_THAT : MIN_RATIO);
}

/** A cue verb in a finite form, which heads a clause: "said", "says", not "saying" or "to say". */
export function finiteCue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return tagged(t, 'PastTense', 'PresentTense') && !tagged(t, 'Gerund', 'Infinitive') && isCueVerb(tokens, i);
}

/** Verbs of impression: "seems to", "appeared to". */
export const RAISING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'sound', 'sounds', 'sounded']);

// The verb after "seemed to", "appears to", with a cue share of its own in the lexicon.
const RAISED_MIN_RATIO = 0.2;
function raisedCue(tokens: readonly Token[], i: number): boolean {
  if (word(tokens[i - 1]) !== 'to' || !RAISING.has(word(tokens[i - 2])) || breaksAfter(tokens[i - 2])) return false;
  const [cue, total] = learned().get(word(tokens[i])) ?? [0, 1];
  return cue >= MIN_COUNT && cue / total >= RAISED_MIN_RATIO;
}

/** Participles that give a name: "a man named Tom Clark", "a stream called Miracle Run" is no words said. */
export const NAMING = new Set(['named', 'called', 'dubbed', 'titled', 'entitled', 'nicknamed']);
function naming(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!NAMING.has(word(tokens[i])) || !tagged(prev, 'Noun') || tagged(prev, 'Pronoun', 'ProperNoun') || breaksAfter(prev)) return false;
  if (!/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) return false;
  // Inside an object ("run by a man named"), not the subject ("A senator called Clinton a liar").
  let k = i - 1;
  while (k > i - 5 && k > 0 && tagged(tokens[k], 'Noun', 'Adjective') && !breaksAfter(tokens[k - 1])) k--;
  const before = tokens[k - 1];
  return /^(a|an)$/.test(word(tokens[k])) && tagged(before, 'Preposition', 'Verb') && !breaksAfter(before);
}

// "In a statement issued Tuesday, ...": a participle describing a medium inside a phrase of circumstance.
function describesMedium(tokens: readonly Token[], i: number): boolean {
  if (!/ed$/.test(word(tokens[i])) || !MEDIA.has(word(tokens[i - 1])) || breaksAfter(tokens[i - 1])) return false;
  return tagged(tokens[i - 2], 'Determiner', 'Possessive') && tagged(tokens[i - 3], 'Preposition');
}

// "the reality TV show "Main Street"": a bare verb after two nouns in a row, before a title, ends a
// compound noun.
function compoundNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const first = tokens[i - 2];
  if (!tagged(t, 'Infinitive', 'Singular') || /s$/.test(word(t)) || breaksAfter(prev) || breaksAfter(first)) return false;
  // Only a title or a name may follow it ('the TV show "Main Street"'); "Hospital staff say they ..." and
  // "The union leadership insist that ..." are a collective noun and its verb.
  const next = tokens[i + 1];
  const titled = next === undefined || /["“]|''/.test(t.post + next.pre) || (/^\p{Lu}/u.test(next.text) && !tagged(next, 'Pronoun'));
  if (!titled) return false;
  if (!tagged(prev, 'Singular') || !tagged(first, 'Singular') || tagged(prev, 'Pronoun', 'Uncountable', 'Person', 'ProperNoun') || tagged(first, 'Pronoun', 'Person', 'Possessive')) return false;
  // "Leaked documents from his tax return show ...": a plural further back is the verb's subject.
  for (let k = i - 3; k >= Math.max(0, i - 8); k--) {
    const w = tokens[k]!;
    if (breaksAfter(w) || (tagged(w, 'Verb') && !tagged(w, 'Gerund', 'Participle'))) break;
    if (tagged(w, 'Plural') && !tagged(w, 'Pronoun')) return false;
  }
  return true;
}

/**
 * True when token `i` is a verb that introduces an attribution ("said", "told", "expressed").
 * A verb usually cued less often still counts before "that"; a cue word the tagger took for a
 * noun or adjective counts right after "is" or "has" ("is demanding"), a speech verb right after a name.
 */
export function isCueVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // "That said, ...", "With that said, ...": a turn of phrase, not a report.
  if (word(t) === 'said' && word(tokens[i - 1]) === 'that' && /,/.test(t.post) && (i === 1 || word(tokens[i - 2]) === 'with')) return false;
  if (isAttitude(tokens, i)) return true;
  if (tagged(t, 'Auxiliary', 'Modal', 'Copula') || naming(tokens, i) || describesMedium(tokens, i) || compoundNoun(tokens, i)) return false;
  // A verb the lexicon does not admit may still be a cue in its place: the model reads the context.
  // "seemed to offer a caveat": after an impression, a verb annotators often take for a cue is one.
  if (!accepted(word(t), word(tokens[i + 1]) === 'that')) return tagged(t, 'Verb') && (modelAdmits(tokens, i) || raisedCue(tokens, i));
  if (tagged(t, 'Verb')) return true;
  const prev = tokens[i - 1];
  // "sent an email saying ...": a participle after a medium, whatever the tagger made of it.
  if (PUBLISHED_AS.has(word(t)) && mediumVerbBefore(tokens, i) >= 0) return true;
  // ', adding that ...': a speech participle after a comma, whatever the tagger made of it.
  if (prev !== undefined && /,/.test(prev.post) && CORE.has(word(t)) && /ing$/.test(word(t))) return true;
  // "John Weaver, a strategist, tells reporters", "Goodstein, its chief executive, said candidates ...":
  // a plain speech verb after an aside's comma, read as a noun or an adjective.
  if (prev !== undefined && /,/.test(prev.post) && SAY.has(word(t)) && !tagged(tokens[i + 1], 'Verb')) return true;
  if (prev === undefined || breaksAfter(prev) || tagged(t, 'Determiner', 'Preposition', 'Conjunction', 'Adverb')) return false;
  // "with 30 percent of voters saying they ...": "saying" read as a noun between its speakers and a clause.
  const clauseNext = (tagged(tokens[i + 1], 'Pronoun') && !tagged(tokens[i + 1], 'Possessive')) || word(tokens[i + 1]) === 'that';
  if (word(t) === 'saying' && tagged(prev, 'Plural', 'Unit') && !tagged(prev, 'Possessive', 'Pronoun') && clauseNext) return true;
  // "Recent polling shows that ...": a verb in -s read as a plural noun after its subject.
  if (word(tokens[i + 1]) === 'that' && /s$/.test(word(t)) && tagged(prev, 'Noun') && !tagged(prev, 'Possessive', 'Pronoun')) return true;
  // "The Cruz campaign calls this a false narrative": a verb in -s after a singular noun, before what it acts on.
  const next = tokens[i + 1];
  if (/s$/.test(word(t)) && tagged(prev, 'Singular') && !tagged(prev, 'Possessive', 'Pronoun') && !breaksAfter(t) && tagged(next, 'Determiner', 'ProperNoun') && !tagged(next, 'Possessive')) return true;
  // "Leaked documents show he took ...", "the average shows Clinton ahead", "..., an analysis shows.":
  // a verb of evidence the tagger read as a noun, after its subject and before what it shows.
  if (EVIDENCE.has(word(t)) && tagged(prev, 'Noun', 'Adjective', 'Verb') && !tagged(prev, 'Possessive', 'Pronoun', 'Determiner', 'Preposition', 'Auxiliary', 'Copula')) {
    const next = tokens[i + 1];
    if (next === undefined || breaksAfter(t)) return true;
    return tagged(next, 'ProperNoun', 'Determiner', 'Value') || (tagged(next, 'Pronoun') && !tagged(next, 'Possessive')) || /^(how|that)$/.test(word(next));
  }
  // Headlines capitalise verbs into names ("Lindsey Graham Says Trump Could ..."), and the tagger
  // reads "said" after a plural as an adjective ("primary voters said").
  // "Bush tells reporters": a capitalised word before the verb is a name, whatever the tagger made of it.
  const named = tagged(prev, 'ProperNoun', 'Pronoun') || (/^\p{Lu}\p{Ll}+$/u.test(prev.text) && !tagged(prev, 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Verb', 'Possessive'));
  if (BE_HAVE.has(word(prev)) || (CORE.has(word(t)) && named)) return true;
  // "... for Thursday's meeting says", "a former rival says": "says" is no plural noun after any noun.
  if (word(t) === 'says' && tagged(prev, 'Noun', 'Adjective', 'Gerund') && !tagged(prev, 'Possessive', 'Pronoun')) return true;
  return SAY.has(word(t)) && tagged(prev, 'Plural') && !tagged(prev, 'Possessive');
}


// A state of mind after a copula, with the clause it holds: "is confident that", "were adamant that".
const ATTITUDES = new Set(['confident', 'concerned', 'convinced', 'adamant', 'sure', 'certain', 'worried', 'optimistic', 'hopeful', 'skeptical', 'aware', 'afraid', 'fearful', 'insistent', 'positive', 'pleased', 'disappointed', 'angry', 'upset', 'frustrated', 'proud', 'glad', 'happy', 'unconvinced', 'doubtful']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'remain', 'remains', 'remained', 'feel', 'feels', 'felt', 'seem', 'seems', 'seemed']);

/** True when token `i` is a state of mind after a copula, followed by "that". */
export function isAttitude(tokens: readonly Token[], i: number): boolean {
  if (!ATTITUDES.has(word(tokens[i])) || word(tokens[i + 1]) !== 'that') return false;
  let k = i - 1;
  if (tagged(tokens[k], 'Adverb') && !breaksAfter(tokens[k])) k--;
  return COPULAS.has(word(tokens[k])) && !breaksAfter(tokens[k]);
}
