// Interactions between actors read from one sentence: "Xi told Trump", "X held talks with Y",
// "X backed sanctions against Y". The verb's subject acts on the name heading its object; both are
// read with the same clause reading as statements, so "Florida, where Clinton will visit" gives
// no visit by Florida and "criticized Tulsa police officers" no criticism of Tulsa.
import type { Mention, NewsDocument, RelationMention, Span } from '../../core/index.js';
import { findDates, spanContains, SpanLookup } from '../../core/index.js';
import type { ParsedText, Token } from '../parse.js';
import { breaksAfter, tagged, word } from '../statements/context.js';
import { cueFrame } from '../statements/cue-frame.js';
import { COORDINATORS } from '../statements/object-phrase.js';
import type { TokenRange } from '../statements/noun-phrase.js';
import { PARTICIPLE_OPENERS, PERSONAL, clauseSubject } from '../statements/subject.js';
import { headAt, indexMentions, type Head, type HeadOptions, type MentionIndex } from './heads.js';
import { relationVerbs, verbRelationTypes, type RelationVerb } from './vocabulary.js';

// Phrases around a verb that state a relation of their own; the object follows the phrase. A phrase
// with no verb ("In a phone call with Trump, Xi said") is an act of the clause's subject.
const PHRASES: { type: string; pattern: RegExp; clause?: boolean }[] = [
  {
    type: 'talked_with',
    pattern: /^(?:held|holds|hold|had)\s+(?:[\w-]+\s+){0,3}?(?:talks|(?:phone|telephone) (?:call|conversation)s?|an? (?:phone |telephone )?(?:call|conversation))(?:\s+(?:at request|by (?:tele)?phone))?\s+with\s+/i,
  },
  { type: 'talked_with', pattern: /^(?:in|during) (?:an? )?(?:(?:phone|telephone) )?(?:call|conversation|talks) with\s+/i, clause: true },
  { type: 'backed_sanctions_against', pattern: /^(?:backed|supported|imposed|approved|backs|supports|imposes|approves)\b[^.;]{0,60}?\bsanctions\s+(?:against|on)\s+/i },
];

/** Every type of relation the extractor reads, sorted. */
export function relationTypes(): string[] {
  return [...new Set([...verbRelationTypes(), ...PHRASES.map((p) => p.type)])].sort();
}

// The words the PHRASES open with.
const PHRASE_OPENERS = new Set(['held', 'holds', 'hold', 'had', 'in', 'during', 'backed', 'supported', 'imposed', 'approved', 'backs', 'supports', 'imposes', 'approves']);

const NEGATIONS = new Set(['not', "n't", 'never', 'nt']);
const PAST = new Set(['did', 'was', 'were', 'had']);
const MODALS = new Set(["'d", 'would', 'could', 'might', 'may', 'should', 'must', 'can', 'cannot']);
const FUTURE = new Set(['will', 'to', "'ll", 'shall']);
// Verbs before "to" that make the act a plan of their subject's.
const INTENT = new Set(['is', 'are', 'was', 'were', 'plans', 'planned', 'planning', 'going', 'expected', 'scheduled', 'set', 'due', 'intends', 'intended', 'hopes', 'hoped']);
// "if Trump wins the nomination", "whether Cruz will endorse Trump": no act, a condition or a question.
const HYPOTHETICAL = new Set(['if', 'whether', 'unless', 'should']);
// "Trump denied that he had met Putin": what is denied is no act.
const DENIAL = /^(den(y|ies|ied|ying)|reject(s|ed|ing)?|disput(e|es|ed|ing)|refut(e|es|ed|ing))$/;

/** Interactions between the mentioned actors, sentence by sentence. */
export function extractRelations(doc: NewsDocument, parsed: ParsedText, mentions: readonly Mention[]): RelationMention[] {
  const out: RelationMention[] = [];
  // Each sentence finds its mentions by binary search: filtering all of them per sentence was quadratic.
  const lookup = new SpanLookup(mentions);
  for (const sentence of parsed.sentences) {
    const tokens = sentence.tokens;
    // "Can Trump beat Clinton?", "Would Sanders endorse Clinton?": a question states no act.
    if (/\?/.test(tokens[tokens.length - 1]?.post ?? '')) continue;
    const here = lookup.within(sentence.span).map((k) => mentions[k]!);
    if (here.length < 2) continue;
    const index = indexMentions(tokens, here);
    const date = findDates(doc.text.slice(sentence.span.start, sentence.span.end))[0]?.date ?? doc.date;
    const add = (type: string, subject: Head, objects: Head[], cue: Span): void => {
      for (const object of objects) {
        if (object.mention.id === subject.mention.id) continue;
        const evidence = segmentAround(doc.text, sentence.span, cue);
        // 'are "dangerous." Obama mocked Trump': both actors stand in the sentence the cue is in.
        if (!spanContains(evidence, subject.mention.span) || !spanContains(evidence, object.mention.span)) continue;
        const r: RelationMention = { documentId: doc.id, type, subject: subject.mention.span, object: object.mention.span, cue, sentence: evidence };
        if (date) r.date = date;
        out.push(r);
      }
    };
    for (let i = 0; i < tokens.length; i++) {
      const phrase = phraseAt(doc.text, tokens, i);
      const verbs = phrase ? [] : relationVerbs(word(tokens[i]));
      if (!phrase && (verbs.length === 0 || !actsAsVerb(tokens, i))) continue;
      const cue = (next: number): Span => ({ start: tokens[i]!.span.start, end: tokens[next - 1]!.span.end });
      if (phrase?.clause) {
        const main = clauseSubject(tokens, 0, tokens.length);
        const subject = main ? subjectHead(tokens, index, main, main.from, i) : null;
        if (subject) add(phrase.type, subject, objectHeads(tokens, index, phrase.next, {}), cue(phrase.next));
        continue;
      }
      let frame = cueFrame(tokens, i);
      // "avoids condemning Russia", "continue supporting Clinton": the act is the verb's before it.
      if (frame.passive || (/ing$/.test(word(tokens[i])) && frame.cueFrom === i && finite(tokens[i - 1]))) continue;
      // "is to meet", "plans to visit": the act to come is the subject's of the verb before "to";
      // "pushed for the US to meet" says nothing of a meeting.
      if (word(tokens[frame.cueFrom - 1]) === 'to') {
        if (!INTENT.has(word(tokens[frame.cueFrom - 2]))) continue;
        frame = cueFrame(tokens, frame.cueFrom - 2);
      }
      const mood = moodOf(tokens, frame.cueFrom, i);
      if (mood === 'unreal') continue;
      const subject = subjectHead(tokens, index, frame.subject, frame.cueFrom, i);
      if (!subject) continue;
      if (phrase) {
        if (mood === 'future') continue;
        add(phrase.type, subject, objectHeads(tokens, index, phrase.next, {}), cue(phrase.next));
        continue;
      }
      for (const verb of verbs) {
        const type = mood === 'future' ? verb.future : verb.type;
        const start = objectStart(tokens, i, verb);
        if (!type || start === null) continue;
        const objects = objectHeads(tokens, index, start, { possessive: verb.possessive === true });
        if (objects.length === 0) continue;
        add(type, subject, objects, cue(start));
        break;
      }
    }
  }
  return out;
}

// The parser runs a sentence on past a full stop inside a closing quotation ('are "dangerous."
// Obama, speaking in Miami, mocked Trump'); the evidence is the part holding the cue.
const QUOTED_STOP = /[.!?](?:["”’]|'')+\s+(?=\p{Lu})/gu;
const OPENING_MARK = /(?:["“]|'')$/;
function segmentAround(text: string, sentence: Span, cue: Span): Span {
  // '"The only poll that counts ...," he told': the opening mark before the first word is the sentence's.
  let start = sentence.start - (OPENING_MARK.exec(text.slice(Math.max(0, sentence.start - 2), sentence.start))?.[0].length ?? 0);
  let end = sentence.end;
  for (const m of text.slice(sentence.start, sentence.end).matchAll(QUOTED_STOP)) {
    const stop = sentence.start + m.index + m[0].trimEnd().length;
    if (stop <= cue.start) start = sentence.start + m.index + m[0].length;
    else if (stop < end) end = stop;
  }
  return { start, end };
}


// A phrase of PHRASES starting at verb `i`, with the token its object starts at.
function phraseAt(text: string, tokens: readonly Token[], i: number): { type: string; next: number; clause: boolean } | null {
  // Most words open no phrase: the patterns are tried only at the words they start with.
  if (!PHRASE_OPENERS.has(word(tokens[i]))) return null;
  const verb = tagged(tokens[i], 'Verb') || /^(holds|held)$/i.test(tokens[i]!.text);
  if (!verb && !/^(in|during)$/.test(word(tokens[i]))) return null;
  const rest = text.slice(tokens[i]!.span.start, tokens[i]!.span.start + 160);
  for (const p of PHRASES) {
    const m = p.pattern.exec(rest);
    // "backed lifting sanctions on Russia", "supported an end to sanctions against Cuba": the reverse.
    if (!m || (p.clause === true) === verb || /\b(lift|end|eas|remov|repeal|relax|drop|scrap)/i.test(m[0].slice(tokens[i]!.text.length))) continue;
    const end = tokens[i]!.span.start + m[0].length;
    const next = tokens.findIndex((t, k) => k > i && t.span.start >= end);
    if (next > i) return { type: p.type, next, clause: p.clause === true };
  }
  return null;
}

// "met Putin" but not "a meeting", "the backing", "his support".
function actsAsVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!tagged(t, 'Verb') || breaksAfter(t)) return false;
  return !tagged(tokens[i - 1], 'Determiner', 'Possessive') && !/^(his|her|their|its|our|my|your)$/.test(word(tokens[i - 1]));
}

// What the words before the verb make of the act: done, still to come, or not done at all.
function moodOf(tokens: readonly Token[], from: number, i: number): 'real' | 'future' | 'unreal' {
  let mood: 'real' | 'future' = 'real';
  const before = tokens.slice(Math.max(0, from - 1), i).map(word);
  for (const w of before) {
    if (NEGATIONS.has(w) || MODALS.has(w)) return 'unreal';
    if (FUTURE.has(w)) mood = 'future';
  }
  // "when Trump debates Clinton" is still to come; "when Trump met Xi", "When pressed, Sanders did
  // apologize" and "when Obama was visiting Jerusalem" happened.
  const present = tagged(tokens[i], 'PresentTense') && !tagged(tokens[i], 'Gerund') && !before.some((w) => PAST.has(w));
  // Back to the start of the clause: "Asked whether he trusted Moscow, Trump praised Putin" is an act.
  for (let k = from - 1; k >= Math.max(0, from - 12); k--) {
    if (/[,;:]/.test(tokens[k]!.post)) break;
    if (HYPOTHETICAL.has(word(tokens[k])) || (present && word(tokens[k]) === 'when')) return 'unreal';
    if (word(tokens[k]) === 'that' && DENIAL.test(word(tokens[k - 1]))) return 'unreal';
  }
  return mood;
}

// The one who acts: the verb's subject, or for "... and criticized X", ", praising X" and
// "After visiting X, Chung ..." the subject of the clause the act belongs to.
function subjectHead(tokens: readonly Token[], index: MentionIndex, subject: TokenRange | null, from: number, i: number): Head | null {
  let range = subject;
  if (!range) {
    const main = clauseSubject(tokens, 0, tokens.length);
    const continued = COORDINATORS.has(word(tokens[from - 1])) || /,/.test(tokens[from - 1]?.post ?? '');
    const opening = from === 0 || (from === 1 && PARTICIPLE_OPENERS.has(word(tokens[0])));
    // "said he wasn't going to ... and back Trump": what holds for the first verb holds for the second.
    if (main && continued && main.to < from && moodOf(tokens, main.to + 1, i) === 'real') range = main;
    if (main && opening && main.from > i) range = main;
  }
  if (!range) return null;
  // "She says Trump's tweets accusing ...": a verb inside the range ends a clause; the phrase after it acts.
  let head = headAt(tokens, index, range.from, range.to + 1, { pronouns: true });
  // "told Breitbart News he'd ...": a name run into by a pronoun or another name gives way to it.
  while (head && head.next <= range.to) {
    const n = head.next;
    if (finite(tokens[n])) head = headAt(tokens, index, n + 1, range.to + 1, { pronouns: true });
    else if (index.at(n) && !breaksAfter(tokens[n - 1])) head = headAt(tokens, index, n, range.to + 1, { pronouns: true });
    else break;
  }
  if (head) return head;
  // "explained why he backs": a pronoun right before the verb acts, whatever came before it.
  const last = index.at(range.to);
  return last?.mention.kind === 'pronoun' && PERSONAL.has(word(tokens[range.to])) ? { mention: last.mention, next: range.to + 1 } : null;
}

function finite(t: Token | undefined): boolean {
  return tagged(t, 'PastTense', 'PresentTense', 'Modal', 'Auxiliary', 'Copula') && !tagged(t, 'Gerund', 'Noun', 'Adjective');
}

// The token the object starts at after verb `i`, past the particles the verb needs.
function objectStart(tokens: readonly Token[], i: number, verb: RelationVerb): number | null {
  let k = i + 1;
  // "spoke by phone with Putin"
  if (word(tokens[k]) === 'by' && /^(tele)?phone$/.test(word(tokens[k + 1])) && !breaksAfter(tokens[k + 1])) k += 2;
  if (verb.particles) {
    if (!verb.particles.includes(word(tokens[k])) || breaksAfter(tokens[k])) return null;
    k++;
  } else if (verb.optional?.includes(word(tokens[k])) && !breaksAfter(tokens[k])) k++;
  return k < tokens.length ? k : null;
}

// The name heading the object, and those joined to it: "head to China and Russia".
function objectHeads(tokens: readonly Token[], index: MentionIndex, k: number, options: HeadOptions): Head[] {
  const heads: Head[] = [];
  let head = headAt(tokens, index, k, tokens.length, options);
  // "policies she supported that Trump argues ...": a name before its own verb is no object.
  while (head && !(finite(tokens[head.next]) && !breaksAfter(tokens[head.next - 1]))) {
    heads.push(head);
    const joiner = word(tokens[head.next]) === 'and' && !breaksAfter(tokens[head.next - 1]);
    head = joiner ? headAt(tokens, index, head.next + 1, tokens.length, options) : null;
  }
  return heads;
}
