#!/usr/bin/env node
// Draws a fixed random sample of the relations read from a folder of articles, one per line with its
// sentence, for a person to judge: "endorsed: Bradley Cranston -> Ted Cruz || Pastor Bradley ...".
// usage: npm run sample:relations [-- --dir FOLDER] [--n 60] [--seed 7]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractDocument } from '../dist/extract/index.js';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: join(root, '..', 'shared', 'polnear', 'train', 'text') },
    n: { type: 'string', default: '60' },
    seed: { type: 'string', default: '7' },
  },
});
if (!existsSync(values.dir)) {
  console.error(`No such folder: ${values.dir}`);
  process.exit(2);
}
const lines = [];
for (const name of readdirSync(values.dir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(values.dir, name), 'utf8');
  const slice = (s) => text.slice(s.start, s.end);
  for (const r of extractDocument({ id: name, text, origin: name }).relations) {
    lines.push(`${r.type}: ${slice(r.subject)} -> ${slice(r.object)} || ${slice(r.sentence).replace(/\s+/g, ' ')}`);
  }
}
// A Park-Miller generator: the same seed draws the same sample on every machine.
let state = Number(values.seed) % 2147483647 || 1;
const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
for (let i = lines.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [lines[i], lines[j]] = [lines[j], lines[i]];
}
console.error(`${lines.length} relations in ${values.dir}; a sample of ${Math.min(lines.length, Number(values.n))}:`);
console.log(lines.slice(0, Number(values.n)).join('\n'));
