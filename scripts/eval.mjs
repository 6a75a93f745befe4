#!/usr/bin/env node
// Measures statement extraction against PolNeAR: extracts every article of a split, writes the
// predictions to a temporary file and prints the shared scorer's table (who-said-what F1 last).
// usage: npm run eval [-- --split dev|train] [--out FILE] [--per-doc]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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

const { parseText } = await import(join(root, 'dist/extract/parse.js'));
const { extractStatements } = await import(join(root, 'dist/extract/statements/index.js'));
const { stableId } = await import(join(root, 'dist/core/ids.js'));

const pair = (s) => (s ? [s.start, s.end] : null);
const lines = [];
let statements = 0;
const t0 = process.hrtime.bigint();
const files = readdirSync(join(gold, 'text')).filter((f) => f.endsWith('.txt')).sort();
for (const file of files) {
  const text = readFileSync(join(gold, 'text', file), 'utf8');
  const doc = { id: stableId('doc', text), text, origin: file };
  const found = extractStatements(doc, parseText(text));
  statements += found.length;
  lines.push(
    JSON.stringify({
      doc: file.slice(0, -4),
      statements: found.map((s) => ({
        source: pair(s.source),
        cue: pair(s.cue),
        content: s.content.map(pair),
        speaker: null,
        addressee: pair(s.addressee),
        kind: s.kind,
        reporters: s.reporters.map(pair),
      })),
    }),
  );
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const out = values.out ?? join(mkdtempSync(join(tmpdir(), 'newsgraph-eval-')), `${values.split}.jsonl`);
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${files.length} ${values.split} articles, ${statements} statements in ${seconds.toFixed(1)}s; predictions in ${out}`);
const args = [scorer, gold, out, ...(values['per-doc'] ? ['--per-doc'] : [])];
const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(run.status ?? 1);
