#!/usr/bin/env node
// Benchmarks, as ratios measured in one run so a noisy machine cancels out:
//   extraction throughput / compromise's own parse of the same texts (target >= 0.5),
//   whole ingest (extract, resolve, build, write to the embedded store) / compromise's parse,
//   extraction time per character of all the texts joined into one long document / of the texts apart (linear: about 1).
// usage: npm run bench [-- --split dev|train] [--rounds N]
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({ options: { split: { type: 'string', default: 'dev' }, rounds: { type: 'string', default: '3' } } });
const rounds = Number(values.rounds);

const polnear = join(root, '..', 'shared', 'polnear', values.split, 'text');
let dir = polnear;
if (!existsSync(polnear)) {
  console.error(`note: ${polnear} is absent; benchmarking on data/samples instead`);
  dir = join(root, 'data', 'samples');
}
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
const chars = texts.reduce((n, t) => n + t.length, 0);

const { extractDocument } = await import(join(root, 'dist/extract/index.js'));
const { resolveDocuments } = await import(join(root, 'dist/resolve/index.js'));
const { buildGraph } = await import(join(root, 'dist/graph/build.js'));
const { LocalStore } = await import(join(root, 'dist/store/local/local-store.js'));
const { stableId } = await import(join(root, 'dist/core/ids.js'));

const docs = texts.map((text, i) => ({ id: stableId('doc', text), text, origin: files[i] }));
const longText = texts.join('\n\n');
const long = { id: stableId('doc', longText), text: longText, origin: 'joined' };

function time(fn) {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}
async function timeAsync(fn) {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

// Warm up both paths so the JIT treats them alike.
for (const t of texts.slice(0, 5)) nlp(t).json();
for (const d of docs.slice(0, 5)) extractDocument(d);

const best = { parse: Infinity, extract: Infinity, ingest: Infinity, long: Infinity };
for (let r = 0; r < rounds; r++) {
  best.parse = Math.min(best.parse, time(() => texts.forEach((t) => nlp(t).json())));
  best.extract = Math.min(best.extract, time(() => docs.forEach((d) => extractDocument(d))));
  best.long = Math.min(best.long, time(() => extractDocument(long)));
  const folder = mkdtempSync(join(tmpdir(), 'kg-bench-'));
  best.ingest = Math.min(
    best.ingest,
    await timeAsync(async () => {
      const store = await LocalStore.open(join(folder, 'graph.json'));
      const batch = resolveDocuments(docs.map((document) => ({ document, extraction: extractDocument(document) })), []);
      await store.write(buildGraph(batch));
    }),
  );
  rmSync(folder, { recursive: true, force: true });
}

const rate = (s) => `${(docs.length / s).toFixed(1)} docs/s, ${(chars / s / 1000).toFixed(0)}k chars/s`;
console.log(`${docs.length} documents (${(chars / 1000).toFixed(0)}k chars) from ${dir}, best of ${rounds} rounds`);
console.log(`compromise parse      ${rate(best.parse)}`);
console.log(`extraction            ${rate(best.extract)}`);
console.log(`ingest (embedded)     ${rate(best.ingest)}`);
console.log(`extraction / compromise throughput ratio = ${(best.parse / best.extract).toFixed(2)} (target >= 0.50)`);
console.log(`ingest / compromise throughput ratio     = ${(best.parse / best.ingest).toFixed(2)}`);
console.log(`one long document / apart, time per char = ${((best.long / longText.length) / (best.extract / chars)).toFixed(2)} (linear: about 1)`);
