#!/usr/bin/env node
// Measures statement extraction against PolNeAR: runs `kg extract --jsonl` over a split, writes the
// predictions to a temporary file and prints the shared scorer's table (who-said-what F1 last).
// usage: npm run eval [-- --split dev|train] [--out FILE] [--per-doc]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    out: { type: 'string' },
    'per-doc': { type: 'boolean', default: false },
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

// The predictions come from the CLI itself, exactly as a user would produce them.
const files = readdirSync(join(gold, 'text')).filter((f) => f.endsWith('.txt'));
const t0 = process.hrtime.bigint();
const extract = spawnSync(process.execPath, [join(root, 'dist/cli/kg.js'), 'extract', join(gold, 'text'), '--jsonl'], {
  encoding: 'utf8',
  maxBuffer: 1 << 30,
  stdio: ['ignore', 'pipe', 'inherit'],
});
if (extract.status !== 0) {
  console.error(`kg extract failed with exit code ${extract.status}`);
  process.exit(1);
}
const lines = extract.stdout.split('\n').filter((l) => l.trim() !== '');
const statements = lines.reduce((n, l) => n + JSON.parse(l).statements.length, 0);
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const out = values.out ?? join(mkdtempSync(join(tmpdir(), 'newsgraph-eval-')), `${values.split}.jsonl`);
writeFileSync(out, extract.stdout);
console.log(`${files.length} ${values.split} articles, ${statements} statements in ${seconds.toFixed(1)}s; predictions in ${out}`);
const args = [scorer, gold, out, ...(values['per-doc'] ? ['--per-doc'] : [])];
const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(run.status ?? 1);
