// Pronouns and descriptions linked back to the entity they stand for, within one document.
import type { Mention, Span, StatementSpans } from '../core/index.js';
import { spanWithin } from '../core/index.js';

type Spoken = StatementSpans & { speakerId: string | null };
import { sentenceIndex } from './sentences.js';

const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'our']);

export function isFirstPerson(m: Mention): boolean {
  return FIRST_PERSON.has(m.text.toLowerCase());
}


const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
const PLURAL = new Set(['they', 'them', 'their', 'theirs', 'themselves']);

/**
 * The mention a third-person pronoun refers back to: the first person named earlier in its
 * own sentence (the subject: "Xinhua quoted Xi as saying that he..."), else the first person
 * named in the nearest earlier sentence that names one, up to three sentences back. A name
 * inside a quotation is the quoted speaker's word, no antecedent of the narration's "he"
 * ('"I love Larry," he said'); nor is a person of the other gender, where the text shows it.
 */
export function antecedentOf(p: Mention, names: readonly Mention[], starts: readonly number[], text: string, genderOf: (m: Mention) => string | undefined = (m) => m.gender): Mention | undefined {
  const word = p.text.toLowerCase();
  // "they" is a group, never one person named before it.
  if (PLURAL.has(word)) return undefined;
  const wanted = MALE.has(word) ? 'male' : FEMALE.has(word) ? 'female' : undefined;
  const fits = (m: Mention): boolean => {
    if (m.quoted && !p.quoted) return false;
    const gender = wanted ? genderOf(m) : undefined;
    return gender === undefined || gender === wanted;
  };
  const here = sentenceIndex(starts, p.span.start);
  for (let s = here; s >= Math.max(0, here - 3); s--) {
    const inSentence = names.filter(
      (m) => m.type === 'person' && sentenceIndex(starts, m.span.start) === s && m.span.end <= p.span.start && fits(m),
    );
    // "Asked about Obama, Trump said he ...": a name after a preposition is no subject.
    if (inSentence.length) return inSentence.find((m) => !afterPreposition(text, m)) ?? inSentence[0];
  }
  return undefined;
}

const PREPOSITION = /\b(?:about|of|with|to|for|against|on|from|by|at|toward|towards|over|than)\s+(?:(?:the|former|President|Sen\.|Gov\.|Rep\.|Mr\.|Mrs\.|Ms\.)\s+)*$/i;

function afterPreposition(text: string, m: Mention): boolean {
  return PREPOSITION.test(text.slice(Math.max(0, m.span.start - 40), m.span.start));
}

/** The statement whose content holds a first-person pronoun: "I" is its speaker. */
export function enclosingStatement(p: Mention, statements: readonly StatementSpans[]): StatementSpans | undefined {
  return statements.find((s) => s.content.some((c) => spanWithin(p.span, c)));
}

/**
 * The most recent earlier mention of the class a description names ("the news agency" -> Xinhua);
 * failing that, the first one named after it, as a lead names "the official news agency" before
 * the story names Xinhua.
 */
export function describedBy(d: Mention, names: readonly Mention[]): Mention | undefined {
  const same = names.filter((m) => m.class === d.class && m.kind === 'name');
  return [...same].reverse().find((m) => m.span.end <= d.span.start) ?? same.find((m) => m.span.start >= d.span.end);
}

/**
 * The speaker whose voice a paragraph is in: the latest earlier statement of the paragraph that
 * already speaks as "I" for a known speaker ("Xi pointed out that ... I appreciate ...").
 * Narration in the first person stays unresolved when no statement has set that voice.
 */
export function paragraphVoice(
  p: Mention,
  firstPerson: readonly Mention[],
  statements: readonly Spoken[],
  link: ReadonlyMap<string, string>,
  text: string,
): string | null {
  const paragraphStart = text.lastIndexOf('\n', p.span.start) + 1;
  const earlier = statements
    .filter((s) => s.speakerId !== null && s.content[0]!.start >= paragraphStart && s.content[0]!.start < p.span.start)
    .sort((a, b) => b.content[0]!.start - a.content[0]!.start);
  for (const s of earlier) {
    const speaks = firstPerson.some((q) => q !== p && link.get(q.id) === s.speakerId && s.content.some((c) => spanWithin(q.span, c)));
    if (speaks) return s.speakerId;
  }
  return null;
}
