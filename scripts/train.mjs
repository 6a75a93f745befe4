#!/usr/bin/env node
// Learns the attribution cue lexicon (data/lexicon/cue-words.json) from PolNeAR's train split.
// 1. For every word that annotators marked inside a Cue: how often it was a cue, how often it occurs.
// 2. With every such word accepted as a cue, the built extractor (dist/) reads the train texts and,
//    per cue word, counts the statements it drew and how many match a gold attribution with the
//    right source; the extractor then keeps the words whose statements are mostly right.
// 3. A perceptron over each verb's context (data/lexicon/cue-model.json) admits the verbs the lexicon leaves out.
// usage: npm run train [-- --polnear DIR]   (needs `npm run build` first; the npm script does it)
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readAttributions } from './brat.mjs';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({ options: { polnear: { type: 'string', default: join(root, '..', 'shared', 'polnear') } } });
const dir = join(values.polnear, 'train');
if (!existsSync(dir)) {
  console.error(`PolNeAR train split not found at ${dir}: nothing to learn from (pass --polnear DIR).`);
  process.exit(1);
}

// Function words carry no cue meaning of their own ("has said", "said in a statement").
const STOP = new Set(
  'a an the to of that in on at by for with about as and or but not no is was were are be been being has have had do does did will would can could may might should also he she it they we i you his her its their this these those who which what'.split(
    ' ',
  ),
);
// Words that complete a cue after its verb: "said in", "pointed out", "continued to", "made it clear".
const TAIL = new Set(['to', 'in', 'on', 'it', 'clear', 'out', 'back', 'off', 'down', 'up', 'for', 'about', 'against']);
const MIN_CUE = 4;
const MIN_RATIO = 0.05;
// The cue model's score a verb must reach, chosen on train: who-said-what F1 is flat from -2 to -3
// and source F1 is highest at -2.5.
const MODEL_THRESHOLD = -2.5;

const words = (s) => s.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}][\p{L}\p{N}']*/gu) ?? [];
const annFiles = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
const cue = new Map();
const total = new Map();
const documents = [];
for (const name of readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort()) {
  const id = name.slice(0, -4);
  const ann = annFiles.find((f) => f.startsWith(id + '_'));
  if (!ann) continue;
  const text = readFileSync(join(dir, 'text', name), 'utf8');
  for (const w of words(text)) total.set(w, (total.get(w) ?? 0) + 1);
  const { attributions, cues } = readAttributions(readFileSync(join(dir, 'attributions', ann), 'utf8'));
  for (const [s, e] of cues) for (const w of words(text.slice(s, e))) if (!STOP.has(w)) cue.set(w, (cue.get(w) ?? 0) + 1);
  const gold = attributions.filter((a) => a.content.length);
  documents.push({ id, text, gold, cues });
}

// 1b. Participles after a form of "be" ("was criticized", "is widely known"): how often annotators made
// one a cue, how often it occurs so, and how often the subject before it was then the source
// ("were worried about": a state of the speaker) rather than the content ("was booed").
const PASSIVE = /\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?([a-z]+(?:ed|en|wn|ne|ht|id|ld|lt|nt|de))\b/g;
const passive = new Map();
for (const { text, gold } of documents) {
  for (const m of text.matchAll(PASSIVE)) {
    const w = m[1];
    const at = m.index + m[0].length - w.length;
    const entry = passive.get(w) ?? [0, 0, 0];
    entry[1]++;
    const a = gold.find((g) => g.cue.some(([s, e]) => at >= s && at < e));
    if (a) {
      entry[0]++;
      const cueStart = Math.min(...a.cue.map(([s]) => s));
      if (a.source.some(([, e]) => e <= cueStart && cueStart - e < 40)) entry[2]++;
    }
    passive.set(w, entry);
  }
}
const passiveWords = Object.fromEntries([...passive].filter(([, [n]]) => n >= 2).sort((a, b) => (a[0] < b[0] ? -1 : 1)));

const candidates = {};
for (const [w, n] of [...cue].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const t = total.get(w) ?? n;
  if (n >= MIN_CUE && n / t >= MIN_RATIO) candidates[w] = [n, t];
}

// 2. Measure the rules on every candidate.
const dist = join(root, 'dist', 'extract');
if (!existsSync(join(dist, 'statements', 'index.js'))) {
  console.error('dist/ is not built: run `npm run build` first (or `npm run train`, which builds).');
  process.exit(1);
}
const { parseText } = await import(join(dist, 'parse.js'));
const { extractStatements } = await import(join(dist, 'statements', 'index.js'));
const { useCueLexicon } = await import(join(dist, 'statements', 'cue-words.js'));
const { useCueModel } = await import(join(dist, 'statements', 'cue-model.js'));
useCueLexicon(candidates, true, passiveWords);
// The lexicon is measured on its own words; the model only judges the verbs it leaves out.
useCueModel(null);

const fired = new Map();
const right = new Map();
for (const { id, text, gold } of documents) {
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => [m.index, m.index + m[0].length]);
  const toks = (ranges) => {
    const set = new Set();
    for (const [s, e] of ranges) tokens.forEach(([a, b], i) => b > s && a < e && set.add(i));
    return set;
  };
  const g = gold.map((a) => ({ content: toks(a.content), source: toks(a.source) }));
  const found = extractStatements({ id, text, origin: id }, parseText(text));
  const p = found.map((s) => ({
    cue: cueWord(s.cue ? text.slice(s.cue.start, s.cue.end) : ''),
    content: toks(s.content.map((c) => [c.start, c.end])),
    source: toks(s.source ? [[s.source.start, s.source.end]] : []),
  }));
  // One-to-one matching by content token F1 >= 0.5, best pairs first, as the scorer does.
  const pairs = [];
  p.forEach((pp, i) => g.forEach((gg, j) => {
    const f = f1(pp.content, gg.content);
    if (f >= 0.5) pairs.push([f, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const usedP = new Set();
  const usedG = new Set();
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    const ok = (g[j].source.size === 0 && p[i].source.size === 0) || [...g[j].source].some((x) => p[i].source.has(x));
    if (ok) right.set(p[i].cue, (right.get(p[i].cue) ?? 0) + 1);
  }
  for (const pp of p) fired.set(pp.cue, (fired.get(pp.cue) ?? 0) + 1);
}

const out = {};
for (const w of [...new Set([...Object.keys(candidates), ...fired.keys()])].sort()) {
  if (!w) continue;
  const [n, t] = candidates[w] ?? [cue.get(w) ?? 0, total.get(w) ?? 0];
  out[w] = fired.has(w) ? [n, t, fired.get(w), right.get(w) ?? 0] : [n, t];
}
const file = join(root, 'data', 'lexicon', 'cue-words.json');
mkdirSync(join(root, 'data', 'lexicon'), { recursive: true });
writeFileSync(
  file,
  JSON.stringify(
    {
      about: 'word: [times inside a Cue, times in the text, statements the rules drew from it, of which right]; passive: participle after "be": [times inside a Cue, times after "be", times the subject was the source], PolNeAR train',
      documents: documents.length,
      words: out,
      passive: passiveWords,
    },
    null,
    0,
  ).replace(/\],"/g, '],\n"') + '\n',
);
console.log(`${Object.keys(out).length} cue words (${fired.size} measured) from ${documents.length} documents -> ${file}`);

// The word of a cue that triggered it: "has also said" -> said, "pointed out" -> pointed,
// "said in a statement" -> said, "continued to insist" -> continued, "made it clear" -> made.
function cueWord(cueText) {
  const all = words(cueText);
  const tail = all.findIndex((w, k) => k > 0 && TAIL.has(w));
  const ws = (tail < 0 ? all : all.slice(0, tail)).filter((w) => !STOP.has(w));
  return ws[ws.length - 1] ?? '';
}

function f1(a, b) {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  const p = n / a.size;
  const r = n / b.size;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

// 3. The cue model, for the verbs the lexicon leaves out.
const { trainCueModel } = await import('./cue-model.mjs');
const model = await trainCueModel(documents, dist);
const modelFile = join(root, 'data', 'lexicon', 'cue-model.json');
writeFileSync(
  modelFile,
  JSON.stringify({ about: 'averaged perceptron weights for a verb inside a Cue span, PolNeAR train; a verb counts at score >= threshold, which was chosen on train', threshold: MODEL_THRESHOLD, weights: model.weights }, null, 0).replace(/,"/g, ',\n"') + '\n',
);
console.log(`cue model: ${Object.keys(model.weights).length} weights from ${model.examples} verbs (${model.positives} cues) -> ${modelFile}`);
