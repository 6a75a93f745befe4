#!/usr/bin/env node
// Measures statement extraction against PolNeAR: runs `kg extract --jsonl` over a split, writes the
// predictions to a temporary file and prints the shared scorer's table (who-said-what F1 last).
// With --agreement it scores, on the articles two annotators did, the second annotator and the
// extractor against the first: how far people agree is the ceiling any extractor is measured under.
// usage: npm run eval [-- --split dev|train] [--out FILE] [--per-doc] [--agreement]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readAttributions } from './brat.mjs';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    out: { type: 'string' },
    'per-doc': { type: 'boolean', default: false },
    agreement: { type: 'boolean', default: false },
  },
});
const polnear = join(root, '..', 'shared', 'polnear');
const gold = join(polnear, values.split);
const scorer = join(root, '..', 'shared', 'eval', 'score-attributions.mjs');
if (!existsSync(join(gold, 'text'))) {
  console.error(`PolNeAR is absent: ${gold}/text not found. The evaluation needs ../shared/polnear next to the project.`);
  process.exit(2);
}
if (!existsSync(scorer)) {
  console.error(`The scorer is absent: ${scorer} not found.`);
  process.exit(2);
}

if (values.agreement) process.exit(agreement());

const files = readdirSync(join(gold, 'text'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join(gold, 'text', f));
const out = values.out ?? join(mkdtempSync(join(tmpdir(), 'newsgraph-eval-')), `${values.split}.jsonl`);
const { statements, seconds } = extractTo(files, out);
console.log(`${files.length} ${values.split} articles, ${statements} statements in ${seconds.toFixed(1)}s; predictions in ${out}`);
process.exit(score(gold, out, values['per-doc'] ? ['--per-doc'] : []));

// The predictions come from the CLI itself, exactly as a user would produce them.
function extractTo(paths, out) {
  const t0 = process.hrtime.bigint();
  const extract = spawnSync(process.execPath, [join(root, 'dist/cli/kg.js'), 'extract', ...paths, '--jsonl'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Exit code 3: some inputs could not be read (named above); the rest are scored.
  if (extract.status !== 0 && extract.status !== 3) {
    console.error(`kg extract failed with exit code ${extract.status}`);
    process.exit(1);
  }
  const lines = extract.stdout.split('\n').filter((l) => l.trim() !== '');
  writeFileSync(out, extract.stdout);
  return { statements: lines.reduce((n, l) => n + JSON.parse(l).statements.length, 0), seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

function score(goldDir, predictions, flags = []) {
  return spawnSync(process.execPath, [scorer, goldDir, predictions, ...flags], { stdio: 'inherit' }).status ?? 1;
}

// The articles of train and dev that several people annotated, gathered (by link, not copy) into a
// temporary gold folder holding the first annotation, as the scorer reads it.
function agreement() {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-agreement-'));
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  const texts = [];
  const second = [];
  for (const split of ['train', 'dev']) {
    const annDir = join(polnear, split, 'attributions');
    if (!existsSync(annDir)) continue;
    const anns = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
    for (const name of readdirSync(join(polnear, split, 'text')).filter((f) => f.endsWith('.txt')).sort()) {
      const id = name.slice(0, -4);
      const mine = anns.filter((f) => f.startsWith(id + '_'));
      if (mine.length < 2) continue;
      const text = join(polnear, split, 'text', name);
      symlinkSync(text, join(dir, 'text', name));
      symlinkSync(join(annDir, mine[0]), join(dir, 'attributions', mine[0]));
      texts.push(text);
      second.push(JSON.stringify({ doc: id, statements: readAttributions(readFileSync(join(annDir, mine[1]), 'utf8')).attributions }));
    }
  }
  if (texts.length === 0) {
    console.error(`No article of ${polnear} has a second annotation: nothing to compare.`);
    return 2;
  }
  writeFileSync(join(dir, 'annotator.jsonl'), second.join('\n') + '\n');
  console.log(`${texts.length} articles annotated twice (train and dev); the first annotation is the gold.\n\nThe second annotator:`);
  const human = score(dir, join(dir, 'annotator.jsonl'));
  console.log('\nThe extractor:');
  extractTo(texts, join(dir, 'extractor.jsonl'));
  return human || score(dir, join(dir, 'extractor.jsonl'));
}
