// The sample articles: spans inside the text, and the statements the articles must give.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, render, renderAll } from './helpers.js';

const files = ['data/samples/000_e2447bf0e712ceff.txt', 'data/samples/004_a2a29330f5e627a1.txt'];
const read = (f: string) => readFileSync(f, 'utf8');

describe('statements of the sample articles', () => {
  it.each(files)('every span of %s lies inside the text and inside its sentence', (file) => {
    const text = read(file);
    const statements = extract(text);
    expect(statements.length).toBeGreaterThan(3);
    const ids = new Set<string>();
    for (const s of statements) {
      ids.add(s.id);
      expect(s.content.length).toBeGreaterThan(0);
      const spans = [...s.content, s.sentence, ...s.reporters, ...[s.source, s.cue, s.addressee].filter((x) => x !== null)];
      for (const sp of spans) {
        expect(sp.start).toBeGreaterThanOrEqual(0);
        expect(sp.end).toBeLessThanOrEqual(text.length);
        expect(sp.start).toBeLessThan(sp.end);
        expect(text.slice(sp.start, sp.end).trim()).not.toBe('');
      }
      for (const c of s.content) {
        expect(c.start).toBeGreaterThanOrEqual(s.sentence.start);
        expect(c.end).toBeLessThanOrEqual(s.sentence.end);
      }
    }
    expect(ids.size).toBe(statements.length);
  });

  it('reads the call summary: Xi, Trump and the first-person remarks', () => {
    const found = renderAll(read(files[0]!));
    const by = (source: string, words: string) => found.filter((s) => s.source === source && s.content.includes(words));
    const xi = by('Xi Jinping', 'that China has firmly committed itself to achieving denuclearization of the Korean Peninsula');
    expect(xi).toHaveLength(1);
    expect(xi[0]).toMatchObject({ cue: 'pointed out', kind: 'indirect' });
    expect(xi[0]!.content).toContain("I appreciate Mr. President's positive will");
    expect(by('Donald Trump', 'that contacts centering on the Korean Peninsula nuclear issue have shown positive progress')).toHaveLength(1);
  });

  it('reads the news report: chains, addressees, quotations', () => {
    const text = read(files[1]!);
    const found = renderAll(text);
    const told = found.find((s) => s.cue === 'told' && s.content.includes('he appreciates'));
    expect(told).toMatchObject({ source: 'Xi', addressee: 'Trump', reporters: ['Xinhua'] });
    const hoped = found.find((s) => s.source === 'Xi' && s.content.includes('North Korea will start talks as soon as possible'));
    expect(hoped).toMatchObject({ addressee: 'Trump', reporters: ['Xinhua'] });
    expect(found.find((s) => s.cue === 'as saying')).toMatchObject({ source: 'Xi', reporters: ['Xinhua'] });
    const lavrov = found.filter((s) => s.source === 'Lavrov');
    expect(lavrov).toHaveLength(1);
    expect(lavrov[0]).toMatchObject({ cue: 'said', kind: 'direct' });
    expect(lavrov[0]!.content).toContain('We do hope that this meeting is going to take place');
    expect(lavrov[0]!.content).toContain('Certainly, it is required to normalise');
    expect(found.some((s) => s.source === 'he' && s.content.includes('would take place by the end of May'))).toBe(true);
    expect(found.some((s) => /Chung Eui-yong/.test(s.source ?? '') && s.content.includes('the first ever meeting'))).toBe(true);
  });

  it('reads nothing from page debris', () => {
    const text = read(files[1]!);
    for (const s of extract(text)) {
      expect(render(text, s).content).not.toMatch(/jQuery|Share this story|Published date|Last updated|Related News/);
    }
  });
});
