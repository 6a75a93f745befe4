// Words of a claim reduced to what carries its meaning: entities by id, content words stemmed, synonyms folded.

/** Words too common to tell two claims apart. */
const STOPWORDS = new Set(
  ('a an the and or but if of to in on at by for with from as that this these those it its is are was were be been being ' +
    'will would can could should may might must shall do does did has have had he she they we i you his her their our ' +
    'my your him them us me also both all any each which who whom whose what when where while so such than then there ' +
    'very more most much many some not no nor only own same too just into about over under again further once said says ' +
    'say told tell according mr ms mrs').split(' '),
);

/** Words of one meaning in news talk, folded to the first; a small, hand-made list. */
const SYNONYMS: string[][] = [
  ['talk', 'dialogue', 'contact', 'negotiation', 'discussion', 'meeting', 'summit'],
  ['hope', 'wish', 'expect', 'want'],
  ['soon', 'possible', 'quickly', 'early'],
  ['start', 'begin', 'launch', 'open', 'hold'],
  ['denuclearization', 'denuclearisation'],
  ['cooperation', 'cooperate', 'collaboration'],
  ['appreciate', 'welcome', 'praise', 'hail'],
  ['sanction', 'penalty'],
];

const FOLD = new Map(SYNONYMS.flatMap((set) => set.map((w) => [w, set[0]!] as const)));

/** A crude English stemmer: enough to meet "hoped" with "hopes" and "talks" with "talk". */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(ches|shes|sses|xes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.endsWith('ied') ? `${w.slice(0, -3)}y` : w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const STEMMED_FOLD = new Map([...FOLD].map(([w, to]) => [stem(w), stem(to)]));

/** Entity names as word sequences to spot in text, each standing for its entity id. */
export interface EntityLexicon {
  /** Lower-cased words of a name joined by spaces -> entity id. */
  phrases: Map<string, { id: string; acronym: boolean }>;
  /** The most words any name has. */
  longest: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => m[0]);
}

export function entityLexicon(entities: readonly { id: string; name: string; aliases: readonly string[] }[]): EntityLexicon {
  const phrases = new Map<string, { id: string; acronym: boolean }>();
  let longest = 0;
  for (const e of entities) {
    for (const phrase of [e.name, ...e.aliases]) {
      const words = wordsOf(phrase);
      if (phrase.length < 2 || words.length === 0) continue;
      const key = words.join(' ').toLowerCase();
      // The first entity to claim a name keeps it; an acronym ("US") must be met in capitals, not as "us".
      if (!phrases.has(key)) phrases.set(key, { id: e.id, acronym: words.length === 1 && /^[A-Z]{2,5}$/.test(words[0]!) });
      longest = Math.max(longest, words.length);
    }
  }
  return { phrases, longest };
}

/** The entity name starting at word `i`, longest first, and how many words it spans. */
function nameAt(words: readonly string[], lower: readonly string[], i: number, lexicon: EntityLexicon): { id: string; length: number } | null {
  for (let n = Math.min(lexicon.longest, words.length - i); n >= 1; n--) {
    const hit = lexicon.phrases.get(lower.slice(i, i + n).join(' '));
    if (hit && (!hit.acronym || words[i] === words[i]!.toUpperCase())) return { id: hit.id, length: n };
  }
  return null;
}

/**
 * The meaning-bearing words of a text: entity ids for entity names, then folded stems. Names are
 * looked up by word sequences, so the cost does not grow with the number of entities in the store.
 */
export function claimWords(text: string, lexicon: EntityLexicon): Set<string> {
  const out = new Set<string>();
  const words = wordsOf(text);
  const lower = words.map((w) => w.toLowerCase());
  for (let i = 0; i < words.length; ) {
    const name = nameAt(words, lower, i, lexicon);
    if (name) {
      out.add(name.id);
      i += name.length;
      continue;
    }
    const w = lower[i++]!;
    if (STOPWORDS.has(w) || w.length < 2) continue;
    const s = stem(w);
    out.add(STEMMED_FOLD.get(s) ?? s);
  }
  return out;
}
