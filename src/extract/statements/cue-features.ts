// What a verb's surroundings say about whether it introduces an attribution, as named features
// for the cue model: the word itself, its tags, who comes before it and what follows it.
import type { Token } from '../parse.js';
import { tagged, word } from './context.js';

// Tags that tell a speaker, a clause or a phrase apart; the rest only add noise.
const TAGS = ['Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Noun', 'Plural', 'Adjective', 'Adverb', 'ProperNoun', 'Person', 'Organization', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Auxiliary', 'Modal', 'Copula', 'Negative', 'Value', 'Place', 'QuestionWord'];

function tagsOf(t: Token | undefined): string[] {
  if (!t) return ['none'];
  return TAGS.filter((x) => t.tags.has(x));
}

// The nearest word before the verb that could be its subject, skipping adverbs and auxiliaries.
function subjectKind(tokens: readonly Token[], i: number): string {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = tokens[k]!;
    if (tagged(t, 'Adverb', 'Auxiliary', 'Modal', 'Negative', 'Copula')) continue;
    if (/[,;:"“”]/.test(t.post)) return 'break';
    if (tagged(t, 'Pronoun')) return 'pronoun';
    if (tagged(t, 'Person')) return 'person';
    if (tagged(t, 'Organization')) return 'org';
    if (tagged(t, 'ProperNoun')) return 'proper';
    if (tagged(t, 'Noun')) return 'noun';
    return 'other';
  }
  return 'start';
}

// What follows the verb: "that", a quotation, a clause with its own subject, or a noun phrase.
function complementKind(tokens: readonly Token[], i: number): string {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next) return 'end';
  if (/[“"]/.test(t.post + next.pre)) return 'quote';
  if (/:/.test(t.post)) return 'colon';
  if (/[,;]/.test(t.post)) return 'comma';
  const w = word(next);
  if (w === 'that') return 'that';
  if (w === 'to') return 'to';
  if (tagged(next, 'Preposition')) return 'prep';
  if (tagged(next, 'Pronoun') && tagged(tokens[i + 2], 'Verb')) return 'clause';
  if (tagged(next, 'Determiner', 'Noun', 'Adjective', 'ProperNoun', 'Pronoun')) return 'np';
  return 'other';
}

/** The features of token `i` as a candidate cue; each is a name whose weight the model learns. */
export function cueFeatures(tokens: readonly Token[], i: number): string[] {
  const t = tokens[i]!;
  const w = word(t);
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const subject = subjectKind(tokens, i);
  const complement = complementKind(tokens, i);
  const out = ['bias', `w=${w}`, `suf=${w.slice(-3)}`, `pw=${word(prev)}`, `nw=${word(next)}`, `n2w=${word(tokens[i + 2])}`, `subj=${subject}`, `comp=${complement}`, `subj+comp=${subject}+${complement}`, `w+comp=${w}+${complement}`, `w+subj=${w}+${subject}`];
  for (const x of tagsOf(t)) out.push(`t=${x}`);
  for (const x of tagsOf(prev)) out.push(`pt=${x}`);
  for (const x of tagsOf(next)) out.push(`nt=${x}`);
  if (tagged(prev, 'Auxiliary', 'Modal')) out.push('aux-before');
  if (/[,;:]/.test(prev?.post ?? '')) out.push('after-comma');
  out.push(`pos=${i === 0 ? 'first' : i < 3 ? 'early' : i >= tokens.length - 3 ? 'late' : 'mid'}`);
  if (/^[A-Z]/.test(t.text)) out.push('capital');
  return out;
}
