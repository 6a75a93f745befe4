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

/** Entity names as phrases to spot in text, longest first, each standing for its entity id. */
export interface EntityLexicon {
  phrases: { pattern: RegExp; id: string }[];
}

export function entityLexicon(entities: readonly { id: string; name: string; aliases: readonly string[] }[]): EntityLexicon {
  const pairs = entities.flatMap((e) => [e.name, ...e.aliases].map((phrase) => ({ phrase, id: e.id })));
  pairs.sort((a, b) => b.phrase.length - a.phrase.length);
  return {
    phrases: pairs
      .filter((p) => p.phrase.length >= 2)
      .map((p) => ({
        pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:the\\s+)?${p.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu'),
        id: p.id,
      })),
  };
}

/** The meaning-bearing words of a text: entity ids for entity names, then folded stems. */
export function claimWords(text: string, lexicon: EntityLexicon): Set<string> {
  const words = new Set<string>();
  let rest = text;
  for (const { pattern, id } of lexicon.phrases) {
    rest = rest.replace(pattern, () => {
      words.add(id);
      return ' ';
    });
  }
  for (const m of rest.matchAll(/[\p{L}\p{N}]+/gu)) {
    const lower = m[0].toLowerCase();
    if (STOPWORDS.has(lower) || lower.length < 2) continue;
    const s = stem(lower);
    words.add(STEMMED_FOLD.get(s) ?? s);
  }
  return words;
}
