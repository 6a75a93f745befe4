// The words around a cue verb: the cue itself with its auxiliaries, the subject before it, the addressee after it.
import type { Span } from '../../core/index.js';
import { isMonthSurname } from '../month-surnames.js';
import type { Token } from '../parse.js';
import { ADDRESSED, RAISING, isAttitude, isCueVerb } from './cue-words.js';
import { MEDIA, PUBLISHED_AS, mediumVerbBefore } from './medium.js';
import { TIME_OF_DAY, breaksAfter, breaksBefore, joined, tagged, tokenSpan, word } from './context.js';
import { bareNounPhrase, phraseStartingAt, type TokenRange } from './noun-phrase.js';
import { subjectBefore } from './subject.js';

/** A cue verb in its sentence. */
export interface CueFrame {
  tokens: readonly Token[];
  /** First and last token of the cue ("has also said", "pointed out"). */
  cueFrom: number;
  cueTo: number;
  subject: TokenRange | null;
  addressee: TokenRange | null;
  /** The first token after the cue and its addressee. */
  next: number;
  /** "was told", "have been accused": the subject is not the one speaking; or the cue word is a noun after a verb. */
  passive: boolean;
  /** The cue ends in a preposition whose object is the content ("called for", "talked about"). */
  complement: boolean;
}

// Words between a subject and its verb that belong to the verb: "has also said", "later told".
const BETWEEN = new Set(['however', 'has', 'have', 'had', 'also', 'later', 'then', 'previously', 'once', 'repeatedly', 'recently', 'reportedly', 'again', 'would', 'will', 'did', 'does', 'do', 'often', 'never', 'publicly', 'privately', 'first', 'still', 'even', 'already', 'initially', 'subsequently', 'simply', 'just', 'further', 'too', 'not', "n't", 'earlier', 'is', 'was', 'were', 'are', 'been', 'being', 'only', 'flatly', 'openly', 'explicitly', 'separately', 'could', 'can', 'cannot', 'may', 'might', 'should', 'must', 'long', 'ever', 'since']);
const DATE_LEAD = new Set(['on', 'in', 'this', 'last', 'late', 'early', 'next', 'earlier', 'later']);
// Of those, the adverbs that lead a date only when one follows.
const ADVERB_LEAD = new Set(['earlier', 'later']);
const BE = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be']);
// Particles that complete a cue: "pointed out", "shot back", "shrugged off", "played down".
const PARTICLES = new Set(['out', 'back', 'off', 'down', 'up']);
// Verbs whose infinitive after "to" is the act itself, which annotators keep in the cue: "continued to insist".
const CHAIN = /^(continu|tri|tries|try)/;
// Prepositions whose object is what was said, after any cue verb ("called for a ban", "warned against it"),
// and those that do so only after some verbs ("pointed to", "called on").
const COMPLEMENTS = new Set(['for', 'about', 'against']);
const COMPLEMENTS_AFTER: Record<string, RegExp> = {
  to: /^(point|refer|respond|object|allud|react)(s|ed|ing)?$|^(pointed|referred|referring|alluded|alluding)$/,
  on: /^(call|comment|focus|insist|elaborat|reflect|touch|dwell|count|reneg|backpedal|deadlock|agree|disagree)(s|ed|ing|e|es|ted|ting)?$|^(called|calling|commented|focused|insisted|relied|rely|relies|relying|dwelt)$/,
  // "warned of a battle", "boasted of his skills".
  of: /^(warn|boast|complain|speak|spoke|talk|dream)(s|ed|ing)?$/,
  with: /^(respond|agree|disagree|side|sympathiz|clash)(s|ed|ing|e|es|d)?$/,
  at: /^(hint|jab|scoff|bristl|marvel)(s|ed|ing|e|es|d)?$/,
  over: /^(spar|clash|feud|quarrel|squabbl|argu|bicker)(s|red|ring|ed|ing|e|es|d)?$/,
};
const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

// Verbs that may stand right before a speaker: "as Trump said" is tagged like a verb by some parsers.
const RELATIVE_VERBS = new Set(['as', 'like']);

// The verb opening "issued a statement (Thursday)" before a participle at `k` that says what the medium
// said, or -1: "saying", or any reporting verb in -ing ("a statement condemning ...", but not "following").
function mediumBefore(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  const participle = PUBLISHED_AS.has(word(t)) || (/\p{Ll}ing$/u.test(t?.text ?? '') && tagged(t, 'Verb') && !tagged(t, 'Noun'));
  if (!participle) return -1;
  const verb = mediumVerbBefore(tokens, k);
  return verb >= 0 && (PUBLISHED_AS.has(word(t)) || isCueVerb(tokens, k)) ? verb : -1;
}

/** Reads the frame of the cue verb at token `i`. */
export function cueFrame(tokens: readonly Token[], i: number): CueFrame {
  const published = mediumBefore(tokens, i);
  let from = published >= 0 ? published : i;
  while (from > 0) {
    const p = tokens[from - 1]!;
    if (breaksAfter(p) || breaksBefore(tokens[from])) break;
    // "has also said", "isn't saying", and the empty half of a contraction ("He's claiming").
    // "May said": a modal the parse reads as a surname is the subject, not part of the verb.
    if ((BETWEEN.has(word(p)) && !isMonthSurname(p)) || p.text === '' || /n['’]t$/.test(p.text) || (tagged(p, 'Adverb') && !tagged(p, 'QuestionWord'))) from--;
    // "She appeared to imply that ...": an impression of an act is the act's cue.
    else if (word(p) === 'to' && from === i && RAISING.has(word(tokens[from - 2])) && !breaksAfter(tokens[from - 2])) from -= 2;
    // "Trump on Monday said", "Wells Fargo this month announced"
    // "Her campaign workers here said": the place, like the date, belongs to neither.
    else if (tagged(p, 'Date') || word(p) === 'here' || (TIME_OF_DAY.test(word(p)) && tagged(tokens[from - 2], 'Date'))) {
      from--;
      while (from > 0 && DATE_LEAD.has(word(tokens[from - 1])) && !breaksAfter(tokens[from - 1])) from--;
    } else break;
  }
  let to = tailEnd(tokens, i);
  const complement = takesComplement(tokens, to);
  if (complement) to++;
  // "..., saying that": a participle after a comma continues the main clause, whose subject is found later.
  // "Cruz, who won Ohio, is calling for": with its auxiliary it is the main verb.
  const participle = /ing$/.test(word(tokens[i])) && from > 0 && /,/.test(tokens[from - 1]!.post) && !BE.has(word(tokens[from]));
  let subject = from > 0 && !participle ? subjectBefore(tokens, from - 1) : null;
  // "A court document filed Thursday says": the date ends a participle of the subject after all.
  if (!subject && !participle && from > 0 && tagged(tokens[from], 'Date') && /ed$/.test(word(tokens[from - 1]))) {
    let end = from;
    while (end + 1 < i && tagged(tokens[end + 1], 'Date')) end++;
    subject = subjectBefore(tokens, end);
    if (subject) from = end + 1;
  }
  // "held telephone talks": a phrase right after another verb is that verb's object, not a speaker.
  const before = subject ? tokens[subject.from - 1] : undefined;
  const object =
    subject !== null &&
    before !== undefined &&
    tagged(before, 'Verb') &&
    !breaksAfter(before) &&
    !RELATIVE_VERBS.has(word(before)) &&
    // A verb opening its clause is more likely a mistagged word: ", top black lawmakers said".
    subject.from >= 2 &&
    !breaksAfter(tokens[subject.from - 2]) &&
    !named(tokens, subject);
  if (object) subject = null;
  let addressee: TokenRange | null = null;
  if (ADDRESSED.has(word(tokens[i])) && to === i && !breaksAfter(tokens[to])) {
    const a = bareNounPhrase(tokens, to + 1);
    if (a && word(tokens[a.from]) !== 'that') {
      // "told AP he was working ...": a subject pronoun opens the reported clause.
      const pronoun = tokens.findIndex((x, k) => k > a.from && k <= a.to && tagged(x, 'Pronoun') && !tagged(x, 'Possessive'));
      addressee = pronoun < 0 ? a : { from: a.from, to: pronoun - 1 };
    }
  }
  let passive = false;
  for (let k = from; k < i; k++) if (BE.has(word(tokens[k]))) passive = !/ing$/.test(word(tokens[i])) && !isAttitude(tokens, i);
  return { tokens, cueFrom: from, cueTo: to, subject, addressee, next: (addressee ? addressee.to : to) + 1, passive: passive || object, complement };
}

/** The span of the cue words. */
export function cueSpan(f: CueFrame): Span {
  // The cue keeps its auxiliaries and adverbs ("later said"), not a date ("later Monday said", "earlier this week
  // said"), a "however" or the empty half of a contraction.
  const dated = (k: number): boolean => DATE_LEAD.has(word(f.tokens[k])) && (!ADVERB_LEAD.has(word(f.tokens[k])) || tagged(f.tokens[k + 1], 'Date') || dated(k + 1));
  let from = f.cueFrom;
  while (from < f.cueTo && (f.tokens[from]!.text === '' || word(f.tokens[from]) === 'however' || tagged(f.tokens[from], 'Date') || word(f.tokens[from]) === 'here' || dated(from) || TIME_OF_DAY.test(word(f.tokens[from])))) from++;
  return tokenSpan(f.tokens, from, f.addressee || f.complement ? f.cueTo : mediumEnd(f.tokens, f.cueTo));
}

// The last word of the cue verb with the words that complete it: a particle ("shot back"), "made it
// clear", "went on to say", "continued to insist", "responded by saying".
function tailEnd(tokens: readonly Token[], i: number): number {
  const w = word(tokens[i]);
  const next = word(tokens[i + 1]);
  if (!joined(tokens, i)) return i;
  for (let k = i + 2; k <= i + 7 && k < tokens.length; k++) if (mediumBefore(tokens, k) === i) return k;
  if (PARTICLES.has(next) && w !== 'said' && !tagged(tokens[i + 2], 'Value')) return i + 1;
  if (/^ma(de|ke|kes|king)$/.test(w)) {
    if (next === 'clear') return i + 1;
    if (next === 'it' && joined(tokens, i + 1) && word(tokens[i + 2]) === 'clear') return i + 2;
  }
  // "responded by pointing out", "concluded by implying": the manner of the act is the act.
  if (next === 'by' && joined(tokens, i + 1) && /\p{Ll}ing$/u.test(tokens[i + 2]?.text ?? '') && tagged(tokens[i + 2], 'Verb')) return tailEnd(tokens, i + 2);
  const infinitive = (k: number) => joined(tokens, k) && word(tokens[k + 1]) === 'to' && joined(tokens, k + 1) && tagged(tokens[k + 2], 'Infinitive');
  if ((/^(went|goes|go|going)$/.test(w) && next === 'on' && infinitive(i + 1)) || (CHAIN.test(w) && tagged(tokens[i], 'Verb') && infinitive(i))) {
    return tailEnd(tokens, next === 'on' ? i + 3 : i + 2);
  }
  return i;
}

// A preposition right after the cue verb that opens what was said, not a time ("called for years").
function takesComplement(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i + 1];
  if (!p || breaksAfter(tokens[i]) || breaksBefore(p)) return false;
  const w = word(p);
  const fits = COMPLEMENTS.has(w) || (COMPLEMENTS_AFTER[w]?.test(word(tokens[i])) ?? false);
  const object = tokens[i + 2];
  return fits && object !== undefined && !tagged(object, 'Date', 'Value') && !breaksAfter(p);
}

// The last token of "said Tuesday in a statement": a weekday, then the medium the words were said in.
function mediumEnd(tokens: readonly Token[], to: number): number {
  let k = to;
  if (WEEKDAY.test(word(tokens[k + 1])) && !breaksAfter(tokens[k])) k++;
  if (word(tokens[k + 1]) !== 'in' || breaksAfter(tokens[k])) return k;
  for (let j = k + 2; j <= Math.min(tokens.length - 1, k + 4); j++) {
    // "in a video message": a medium naming a second medium is one.
    if (MEDIA.has(word(tokens[j]))) return MEDIA.has(word(tokens[j + 1])) && !breaksAfter(tokens[j]) ? j + 1 : j;
    if (breaksAfter(tokens[j]) || !tagged(tokens[j], 'Determiner', 'Possessive', 'Adjective', 'Noun')) break;
  }
  return k;
}

/** A token range as a span, or null. */
export function rangeSpan(tokens: readonly Token[], r: TokenRange | null): Span | null {
  return r ? tokenSpan(tokens, r.from, r.to) : null;
}

// A name or pronoun speaks even after a verb ("critics who know Trump say"); a common noun there is an object.
function named(tokens: readonly Token[], r: { from: number; to: number }): boolean {
  for (let k = r.from; k <= r.to; k++) {
    const t = tokens[k]!;
    if (!tagged(t, 'Date') && (tagged(t, 'ProperNoun', 'Pronoun', 'Person') || /^\p{Lu}/u.test(t.text))) return true;
  }
  return false;
}
