// Pronouns and descriptions linked back to the entity they stand for, within one document.
import { lowerBound, SpanLookup, type Mention, type Span, type StatementSpans } from '../core/index.js';

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
  return antecedentAmong(p, peopleBySentence(names, starts), starts, text, genderOf);
}

/** The people of `names` by the sentence they start in, in list order: a pronoun looks only at its own sentence and the three before. */
export function peopleBySentence(names: readonly Mention[], starts: readonly number[]): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  for (const m of names) {
    if (m.type !== 'person') continue;
    const s = sentenceIndex(starts, m.span.start);
    if (!out.has(s)) out.set(s, []);
    out.get(s)!.push(m);
  }
  return out;
}

/** `antecedentOf` over `peopleBySentence`, passing over the names `excluded` rules out. */
export function antecedentAmong(
  p: Mention,
  people: ReadonlyMap<number, readonly Mention[]>,
  starts: readonly number[],
  text: string,
  genderOf: (m: Mention) => string | undefined,
  excluded: (m: Mention) => boolean = () => false,
): Mention | undefined {
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
    const inSentence = (people.get(s) ?? []).filter((m) => !excluded(m) && m.span.end <= p.span.start && fits(m));
    // "Asked about Obama, Trump said he ...": a name after a preposition is no subject.
    if (inSentence.length) return inSentence.find((m) => !afterPreposition(text, m)) ?? inSentence[0];
  }
  return undefined;
}

const PREPOSITION = /\b(?:about|of|with|to|for|against|on|from|by|at|toward|towards|over|than)\s+(?:(?:the|former|President|Sen\.|Gov\.|Rep\.|Mr\.|Mrs\.|Ms\.)\s+)*$/i;

function afterPreposition(text: string, m: Mention): boolean {
  return PREPOSITION.test(text.slice(Math.max(0, m.span.start - 40), m.span.start));
}

/**
 * The most recent earlier mention of the class a description names ("the news agency" -> Xinhua);
 * failing that, the first one named after it, as a lead names "the official news agency" before
 * the story names Xinhua.
 */
export function describedBy(d: Mention, names: readonly Mention[]): Mention | undefined {
  return new NamesByClass(names).describing(d);
}

/** The names of a document by class, for `describedBy` asked by every description. */
export class NamesByClass {
  private readonly byClass = new Map<string | undefined, ClassNames>();

  constructor(names: readonly Mention[]) {
    const groups = new Map<string | undefined, Mention[]>();
    for (const m of names) {
      if (m.kind !== 'name') continue;
      if (!groups.has(m.class)) groups.set(m.class, []);
      groups.get(m.class)!.push(m);
    }
    for (const [c, same] of groups) this.byClass.set(c, new ClassNames(same));
  }

  describing(d: Mention): Mention | undefined {
    return this.byClass.get(d.class)?.describing(d);
  }
}

// One class's names in list order, sorted by end and by start so that "the last one (in list
// order) ending before" and "the first one starting after" a description are binary searches.
class ClassNames {
  private readonly byEnd: number[];
  private readonly ends: number[];
  /** The latest list position among byEnd[0..k]. */
  private readonly latest: number[];
  private readonly byStart: number[];
  private readonly starts: number[];
  /** The earliest list position among byStart[k..]. */
  private readonly earliest: number[];

  constructor(private readonly names: readonly Mention[]) {
    const order = (key: (m: Mention) => number) => names.map((_, i) => i).sort((a, b) => key(names[a]!) - key(names[b]!) || a - b);
    this.byEnd = order((m) => m.span.end);
    this.ends = this.byEnd.map((i) => names[i]!.span.end);
    let max = -1;
    this.latest = this.byEnd.map((i) => (max = Math.max(max, i)));
    this.byStart = order((m) => m.span.start);
    this.starts = this.byStart.map((i) => names[i]!.span.start);
    this.earliest = [...this.byStart];
    for (let k = this.earliest.length - 2; k >= 0; k--) this.earliest[k] = Math.min(this.earliest[k]!, this.earliest[k + 1]!);
  }

  describing(d: Mention): Mention | undefined {
    const before = lowerBound(this.ends, d.span.start + 1) - 1;
    if (before >= 0) return this.names[this.latest[before]!];
    const after = lowerBound(this.starts, d.span.end);
    return after < this.starts.length ? this.names[this.earliest[after]!] : undefined;
  }
}

/**
 * The speaker whose voice a paragraph is in, for every first-person pronoun of a document: the
 * latest earlier statement of the paragraph that already speaks as "I" for a known speaker ("Xi
 * pointed out that ... I appreciate ..."), its statements found by where their content starts.
 * Narration in the first person stays unresolved when no statement has set that voice.
 */
export class Voices {
  private readonly order: number[];
  private readonly starts: number[];
  private readonly speakers: SpanLookup<Mention>;

  constructor(
    private readonly firstPerson: readonly Mention[],
    private readonly statements: readonly Spoken[],
  ) {
    this.order = statements.map((_, i) => i).sort((a, b) => statements[a]!.content[0]!.start - statements[b]!.content[0]!.start || a - b);
    this.starts = this.order.map((i) => statements[i]!.content[0]!.start);
    this.speakers = new SpanLookup(firstPerson);
  }

  of(p: Mention, link: ReadonlyMap<string, string>, text: string): string | null {
    const paragraphStart = text.lastIndexOf('\n', p.span.start) + 1;
    // The statements starting between the paragraph's start and the pronoun, latest first.
    const earlier = this.order
      .slice(lowerBound(this.starts, paragraphStart), lowerBound(this.starts, p.span.start))
      .map((i) => this.statements[i]!)
      .filter((s) => s.speakerId !== null)
      .sort((a, b) => b.content[0]!.start - a.content[0]!.start);
    for (const s of earlier) {
      const speaks = s.content.some((c) =>
        this.speakers.within(c).some((i) => {
          const q = this.firstPerson[i]!;
          return q !== p && link.get(q.id) === s.speakerId;
        }),
      );
      if (speaks) return s.speakerId;
    }
    return null;
  }
}
