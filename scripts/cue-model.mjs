// Trains the cue model (data/lexicon/cue-model.json): an averaged perceptron over the features of
// src/extract/statements/cue-features.ts, where a verb is a positive example when annotators put it
// inside a Cue span. Used by train.mjs after the lexicon is measured.
import { join } from 'node:path';

const EPOCHS = 6;

/**
 * documents: [{ text, cues: [[start, end], ...] }]; dist: the built dist/extract directory.
 * Returns { weights, examples } with weights rounded and zero weights dropped.
 */
export async function trainCueModel(documents, dist) {
  const { parseText } = await import(join(dist, 'parse.js'));
  const { cueFeatures } = await import(join(dist, 'statements', 'cue-features.js'));
  const examples = [];
  for (const { text, cues } of documents) {
    for (const sentence of parseText(text).sentences) {
      const tokens = sentence.tokens;
      tokens.forEach((t, i) => {
        if (!t.tags.has('Verb') || ['Auxiliary', 'Modal', 'Copula'].some((x) => t.tags.has(x))) return;
        const inside = cues.some(([s, e]) => t.span.start < e && t.span.end > s);
        examples.push({ features: cueFeatures(tokens, i), label: inside ? 1 : -1 });
      });
    }
  }
  // Averaged perceptron: the final weights are the mean over every step, which keeps late mistakes from dominating.
  const w = new Map();
  const total = new Map();
  const stamp = new Map();
  let step = 1;
  const update = (f, delta) => {
    total.set(f, (total.get(f) ?? 0) + (step - (stamp.get(f) ?? 0)) * (w.get(f) ?? 0));
    stamp.set(f, step);
    w.set(f, (w.get(f) ?? 0) + delta);
  };
  let seed = 1;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const order = examples.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const { features, label } = examples[k];
      let score = 0;
      for (const f of features) score += w.get(f) ?? 0;
      if (score * label <= 0) for (const f of features) update(f, label);
      step++;
    }
  }
  const weights = {};
  for (const [f, v] of w) {
    const avg = (total.get(f) + (step - stamp.get(f)) * v) / step;
    const r = Math.round(avg * 1000) / 1000;
    if (r !== 0) weights[f] = r;
  }
  return { weights, examples: examples.length, positives: examples.filter((e) => e.label > 0).length };
}
