#!/usr/bin/env node
// Statement extraction throughput (one parse plus the statement rules) as a ratio to compromise's
// plain `nlp(text).json()` over the same texts in the same run, so a noisy machine cancels out.
// Target: ratio >= 0.5. usage: node scripts/bench-extract.mjs [--split dev|train] [--rounds N]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({ options: { split: { type: 'string', default: 'dev' }, rounds: { type: 'string', default: '3' } } });
const rounds = Math.max(1, Number(values.rounds));

let dir = join(root, '..', 'shared', 'polnear', values.split, 'text');
if (!existsSync(dir)) {
  console.error(`note: ${dir} is absent (PolNeAR not found); benchmarking on data/samples instead`);
  dir = join(root, 'data', 'samples');
}
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
const chars = texts.reduce((n, t) => n + t.length, 0);

const { parseText } = await import(join(root, 'dist/extract/parse.js'));
const { extractStatements } = await import(join(root, 'dist/extract/statements/index.js'));
const docs = texts.map((text, i) => ({ id: `doc_${i}`, text, origin: files[i] }));

function time(fn) {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

// Warm both paths up so the JIT treats them alike.
for (const t of texts.slice(0, 5)) nlp(t).json();
for (const d of docs.slice(0, 5)) extractStatements(d, parseText(d.text));

let parse = Infinity;
let extract = Infinity;
let rules = Infinity;
let statements = 0;
for (let r = 0; r < rounds; r++) {
  parse = Math.min(parse, time(() => texts.forEach((t) => nlp(t).json())));
  const parsed = [];
  statements = 0;
  extract = Math.min(
    extract,
    time(() =>
      docs.forEach((d) => {
        const p = parseText(d.text);
        parsed.push(p);
        statements += extractStatements(d, p).length;
      }),
    ),
  );
  rules = Math.min(rules, time(() => docs.forEach((d, i) => extractStatements(d, parsed[i]))));
}

const rate = (s) => `${(docs.length / s).toFixed(1)} docs/s, ${(chars / s / 1000).toFixed(0)}k chars/s`;
console.log(`${docs.length} documents (${(chars / 1000).toFixed(0)}k chars) from ${dir}, best of ${rounds} rounds`);
console.log(`compromise nlp(text).json()     ${rate(parse)}`);
console.log(`parse + statement extraction    ${rate(extract)}`);
console.log(`statement rules alone           ${rate(rules)} (${statements} statements)`);
console.log(`statement extraction / compromise throughput ratio = ${(parse / extract).toFixed(2)} (target >= 0.50)`);
