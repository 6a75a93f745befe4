/// <reference lib="dom" />
// `kg view` end to end: the samples ingested, the page written, then read in headless Chromium
// with the network cut off, searched, and clicked like an analyst would. Parts run in the page, hence the DOM types.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewHooks } from '../../src/view/page/hooks-api.js';
import { ARTIFACTS, launchChromium } from '../support/chromium.js';
import { runCli } from '../support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-view-'));
const env = { KG_STORE: join(dir, 'graph.json') };
const html = join(dir, 'graph.html');

/** The page's hooks, read inside the page. */
type WithHooks = { newsgraphView: ViewHooks };

async function hooks<T>(page: Page, read: (h: ViewHooks, arg: string[]) => T, arg: string[] = []): Promise<T> {
  return page.evaluate(
    ([fn, a]) => new Function('h', 'a', `return (${fn})(h, a)`)((globalThis as unknown as WithHooks).newsgraphView, a) as T,
    [read.toString(), arg] as const,
  );
}

/** Sigma takes two clicks closer together than this (300 ms by default) for a double click. */
const DOUBLE_CLICK_MS = 350;

/** Clicks a point given in pixels from the graph's top-left corner, as a separate single click. */
async function clickGraphAt(page: Page, at: { x: number; y: number } | null): Promise<void> {
  expect(at).not.toBeNull();
  await page.waitForTimeout(DOUBLE_CLICK_MS);
  const box = await page.locator('#graph').boundingBox();
  await page.mouse.click(box!.x + at!.x, box!.y + at!.y);
}

/** Pixels of the graph that have a colour close to `rgb`, counted from a screenshot decoded in the page. */
async function pixelsLike(page: Page, rgb: [number, number, number]): Promise<number> {
  const png = (await page.locator('#graph').screenshot()).toString('base64');
  return page.evaluate(
    async ([data, [r, g, b]]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, img.width, img.height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) {
        if (Math.abs(px[i]! - r) + Math.abs(px[i + 1]! - g) + Math.abs(px[i + 2]! - b) < 40) n++;
      }
      return n;
    },
    [png, rgb] as const,
  );
}

describe('kg view in headless Chromium, offline', () => {
  let browser: Browser;
  let page: Page;
  const attempted: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    // The page script comes from the build; bundle it now so the test reads the current source.
    const build = spawnSync(process.execPath, ['scripts/build-view.mjs'], { encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    expect((await runCli(['ingest', 'data/samples'], env)).code).toBe(0);
    const r = await runCli(['view', '--out', html], env);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/wrote \d+ actors, \d+ said-to links and \d+ statements/);

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    // Anything but the file itself and data: URLs would be the network: refuse it and remember it.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
      attempted.push(url);
      return route.abort();
    });
    page.on('request', (req) => {
      if (!/^(file|data):/.test(req.url())) attempted.push(req.url());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(pathToFileURL(html).href);
    await page.locator('body[data-ready="true"]').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is one file that draws the actors and their links without touching the network', async () => {
    const text = readFileSync(html, 'utf8');
    expect(text).not.toMatch(/<script[^>]+src=|<link[^>]+href=/i);
    expect(await hooks(page, (h) => h.nodeCount)).toBeGreaterThanOrEqual(5);
    expect(await hooks(page, (h) => h.edgeCount)).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.counts').getAttribute('data-actors')).toBe(String(await hooks(page, (h) => h.nodeCount)));
    expect(await page.locator('#graph canvas').count()).toBeGreaterThanOrEqual(2);
    // Person nodes are drawn in their blue, #2f6db5.
    expect(await pixelsLike(page, [0x2f, 0x6d, 0xb5])).toBeGreaterThan(300);
    await expect(page.locator('#panel[data-showing="overview"]').textContent()).resolves.toContain('Xi Jinping');
    expect(attempted).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('finds Xi Jinping from the search box and shows his statements', async () => {
    await page.locator('#search').fill('xi jinping');
    await page.locator('#search').press('Enter');
    await page.locator('#panel[data-showing="actor"] h2', { hasText: 'Xi Jinping' }).waitFor();
    await page.locator('body:not([data-camera-moving])').waitFor();
    const panel = page.locator('#panel');
    await expect(panel.textContent()).resolves.toContain('denuclearization');
    // Centred: the node sits near the middle of the graph.
    const at = await hooks(page, (h, [name]) => h.nodePosition(h.actorId(name!)!), ['Xi Jinping']);
    const box = await page.locator('#graph').boundingBox();
    expect(Math.abs(at!.x - box!.width / 2)).toBeLessThan(30);
    expect(Math.abs(at!.y - box!.height / 2)).toBeLessThan(30);
  });

  it('shows what an actor said, with sentence, document and offsets, when the node is clicked', async () => {
    // Empty the panel first by clicking the background, so the node click is what fills it.
    await clickGraphAt(page, { x: 8, y: 8 });
    await page.locator('#panel[data-showing="overview"]').waitFor();
    await clickGraphAt(page, await hooks(page, (h, [name]) => h.nodePosition(h.actorId(name!)!), ['Xi Jinping']));
    const panel = page.locator('#panel[data-showing="actor"]');
    await panel.locator('h2', { hasText: 'Xi Jinping' }).waitFor();
    const said = panel.locator('section.statements').first();
    await expect(said.locator('h3').textContent()).resolves.toMatch(/^Said by Xi Jinping \(\d+\)$/);
    const card = said.locator('article.statement', { hasText: 'positive will' });
    await expect(card.locator('.parties').textContent()).resolves.toMatch(/Xi Jinping → Donald Trump/);
    await expect(card.locator('.sentence mark').textContent()).resolves.toContain('denuclearization');
    await expect(card.locator('.doc-title').textContent()).resolves.toBe('Xi Jinping Holds Telephone Talks at Request with President Donald Trump of the US');
    await expect(card.locator('.offsets').textContent()).resolves.toMatch(/^chars \d+–\d+ · sentence \d+–\d+$/);
    await page.screenshot({ path: join(ARTIFACTS, 'kg-view.png') });
  });

  it('lists the statements behind an arrow when it is clicked, and the other way round from the panel', async () => {
    const link = await hooks(page, (h, [a, b]) => h.linkId(a!, b!), ['Xi Jinping', 'Donald Trump']);
    expect(link).not.toBeNull();
    await clickGraphAt(page, await hooks(page, (h, [id]) => h.linkMidpoint(id!), [link!]));
    const panel = page.locator('#panel[data-showing="link"]');
    await expect(panel.locator('h2').textContent()).resolves.toBe('Xi Jinping → Donald Trump');
    const parties = await panel.locator('article.statement .parties').allTextContents();
    expect(parties.length).toBeGreaterThan(3);
    for (const p of parties) expect(p).toMatch(/^Xi Jinping → Donald Trump/);
    await page.screenshot({ path: join(ARTIFACTS, 'kg-view-link.png') });

    await panel.getByRole('button', { name: /The other way: Donald Trump → Xi Jinping/ }).click();
    await expect(page.locator('#panel[data-showing="link"] h2').textContent()).resolves.toBe('Donald Trump → Xi Jinping');
    await expect(page.locator('#panel').textContent()).resolves.toContain('Korean Peninsula nuclear issue');
    expect(attempted).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('kg view errors', () => {
  it.each([
    [['view'], /needs --out/],
    [['view', '--out', join(dir, 'no', 'such', 'folder', 'graph.html')], /does not exist/],
    [['view', '--out', dir], /cannot write/],
    [['view', 'extra', '--out', html], /takes no arguments/],
  ])('kg %j is a usage error', async (args, message) => {
    const r = await runCli(args, env);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});
