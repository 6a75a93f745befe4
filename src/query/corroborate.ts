// Corroboration: the same claim carried by several documents or reporters, matched by meaning.
import type { Span, StatementRecord } from '../core/index.js';
import type { GraphStore } from '../store/port.js';
import { claimWords, entityLexicon, type EntityLexicon } from './claim-words.js';

/** One report of a claim: the statement carrying it and the clause that matched. */
export interface Carrier {
  statement: StatementRecord;
  clause: string;
}

export interface Claim {
  speaker: { id: string; name: string } | null;
  /** The shortest matching clause, as a readable label of the claim. */
  claim: string;
  /** Distinct documents carrying it. */
  documents: number;
  /** Distinct reporting chains ("" for a statement reported first-hand). */
  chains: string[];
  carriers: Carrier[];
}

export interface CorroborateOptions {
  /** Share of the smaller clause's words the other must hold. */
  minOverlap?: number;
  /** Fewest shared meaning-bearing words for a match. */
  minShared?: number;
}

interface ClauseRef {
  statement: number;
  text: string;
  words: Set<string>;
  /** The clause's words in order, lower case, when it has enough of them to match whole; else null. */
  plain: string | null;
}

// A full stop after a title, an initial or a short month ends no sentence: "former Florida Gov. Jeb Bush", "Sept. 11".
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Sens|Rep|Reps|Jr|Sr|St|Gen|Lt|Col|Prof|Rev|Inc|Co|Corp|Ltd|No|vs|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|\p{Lu})\.)(?<=[.!?]["”’]?)\s+/u;

/** Clauses of a content: its sentences, split again at ", and" and ";". */
export function clauses(content: string): string[] {
  return content
    .split(new RegExp(`${SENTENCE_END.source}|\\s*;\\s*|,\\s+and\\s+|\\s+\\.\\.\\.\\s+`, 'u'))
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

function overlap(a: Set<string>, b: Set<string>): { shared: number; ratio: number } {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return { shared, ratio: shared / Math.max(1, Math.min(a.size, b.size)) };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Pairs of clauses sharing at least `minShared` words, found through an index of words so that an
 * archive's thousands of statements by one speaker are not compared all against all.
 */
function sharingPairs(refs: readonly ClauseRef[], minShared: number): [number, number][] {
  const postings = new Map<string, number[]>();
  refs.forEach((ref, i) => {
    for (const w of ref.words) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  const pairs: [number, number][] = [];
  refs.forEach((ref, i) => {
    const shared = new Map<number, number>();
    for (const w of ref.words) {
      for (const j of postings.get(w)!) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    // A short claim said in the same words ("We have listened to the people") matches whole.
    for (const [j, n] of shared) if (n >= minShared || (n >= MIN_SAME_WORDS && ref.plain !== null && ref.plain === refs[j]!.plain)) pairs.push([i, j]);
  });
  return pairs;
}

/** Fewest meaning-bearing words of a short claim that matches only in the same words. */
const MIN_SAME_WORDS = 2;
/** Fewest words of such a claim: "It's a home run", not "Clinton's strength". */
const MIN_SAME_LENGTH = 4;

/** The words of a clause in order, whatever the case and punctuation, when there are enough of them to be a claim. */
function plainWords(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length >= MIN_SAME_LENGTH ? words.join(' ') : null;
}

function chainOf(s: StatementRecord): string {
  return s.reportedBy.map((r) => r.name).join(' > ');
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!;
    i = parent[i]!;
  }
  return i;
}

/** Groups statements of one speaker whose clauses say the same thing. */
export function corroborateStatements(
  statements: readonly StatementRecord[],
  lexicon: EntityLexicon,
  options: CorroborateOptions = {},
): Claim[] {
  const minOverlap = options.minOverlap ?? 0.6;
  const minShared = options.minShared ?? 4;
  const bySpeaker = new Map<string, number[]>();
  statements.forEach((s, i) => {
    const key = s.speaker?.id ?? '';
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), i]);
  });
  const parent = statements.map((_, i) => i);
  const best = new Map<string, { clause: string; words: number }>();
  for (const indexes of bySpeaker.values()) {
    const refs: ClauseRef[] = indexes.flatMap((statement) =>
      clauses(statements[statement]!.content).map((text) => ({ statement, text, words: claimWords(text, lexicon), plain: plainWords(text) })),
    );
    for (const [i, j] of sharingPairs(refs, minShared)) {
      const a = refs[i]!;
      const b = refs[j]!;
      const sa = statements[a.statement]!;
      const sb = statements[b.statement]!;
      // A claim is corroborated by another document or another reporting chain, not by itself,
      // nor by a statement nested in the same words ("quoted Xi as saying that he hoped ...").
      if (sa.document.id === sb.document.id && (chainOf(sa) === chainOf(sb) || overlaps(sa.span, sb.span))) continue;
      if (overlap(a.words, b.words).ratio < minOverlap) continue;
      parent[find(parent, a.statement)] = find(parent, b.statement);
      for (const ref of [a, b]) {
        const key = `${ref.statement}`;
        const prev = best.get(key);
        if (!prev || ref.words.size < prev.words) best.set(key, { clause: ref.text, words: ref.words.size });
      }
    }
  }
  const groups = new Map<number, number[]>();
  statements.forEach((_, i) => {
    if (!best.has(`${i}`)) return;
    const root = find(parent, i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  const claims: Claim[] = [];
  for (const members of groups.values()) {
    const carriers = members.map((i) => ({ statement: statements[i]!, clause: best.get(`${i}`)!.clause }));
    const first = carriers[0]!.statement;
    claims.push({
      speaker: first.speaker ? { id: first.speaker.id, name: first.speaker.name } : null,
      claim: carriers.map((c) => c.clause).sort((x, y) => x.length - y.length)[0]!,
      documents: new Set(carriers.map((c) => c.statement.document.id)).size,
      chains: [...new Set(carriers.map((c) => chainOf(c.statement)))].sort(),
      carriers,
    });
  }
  return claims.sort((a, b) => b.documents - a.documents || b.carriers.length - a.carriers.length || (a.claim < b.claim ? -1 : 1));
}

/** Claims of the store carried by more than one document or reporting chain. */
export async function corroborate(store: GraphStore, options?: CorroborateOptions): Promise<Claim[]> {
  const [statements, entities] = await Promise.all([store.statements(), store.entities()]);
  return corroborateStatements(statements, entityLexicon(entities), options);
}
