// A learned score for "this verb introduces an attribution", from an averaged perceptron trained on
// annotated news (data/lexicon/cue-model.json, rebuilt by `npm run train`). It admits the many verbs
// too rare for the word lexicon to have measured ("endorsed", "lamented that").
import { readFileSync } from 'node:fs';
import type { Token } from '../parse.js';
import { cueFeatures } from './cue-features.js';

/** Feature weights and the score a candidate must reach, as the training script writes them. */
export interface CueModel {
  threshold: number;
  weights: Record<string, number>;
}

let model: CueModel | null | undefined;

// Read once; without the file no verb is admitted by the model.
function loaded(): CueModel | null {
  if (model !== undefined) return model;
  try {
    const url = new URL('../../../data/lexicon/cue-model.json', import.meta.url);
    model = JSON.parse(readFileSync(url, 'utf8')) as CueModel;
  } catch {
    model = null;
  }
  return model;
}

/** Replaces the model: null turns it off (the training script measures the lexicon alone), undefined reloads the file. */
export function useCueModel(m: CueModel | null | undefined): void {
  model = m;
}

/** The model's score for token `i` as a cue. */
export function cueScore(tokens: readonly Token[], i: number, m: CueModel): number {
  let sum = 0;
  for (const f of cueFeatures(tokens, i)) sum += m.weights[f] ?? 0;
  return sum;
}

/** True when the model scores token `i` as a cue at or above its threshold. */
export function modelAdmits(tokens: readonly Token[], i: number): boolean {
  const m = loaded();
  return m !== null && cueScore(tokens, i, m) >= m.threshold;
}
