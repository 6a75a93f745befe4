import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ARTIFACTS, launchChromium } from '../support/chromium.js';
import { neo4jConnection } from '../support/neo4j.js';
import { runCli } from '../support/run-cli.js';

describe('Neo4j Browser served by the local server', () => {
  const { uri, user, password } = neo4jConnection();
  const env = { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
  let browser: Browser;

  beforeAll(async () => {
    expect((await runCli(['cypher', 'MATCH (n) DETACH DELETE n'], env)).code).toBe(0);
    expect((await runCli(['ingest', 'data/samples'], env)).code).toBe(0);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('runs the saved who-said-what-to-whom query and shows Xi Jinping and Donald Trump', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const query = readFileSync('cypher/who-said-what-to-whom.cypher', 'utf8');
    await page.goto(`http://127.0.0.1:7474/browser/?dbms=${encodeURIComponent(`bolt://${user}@127.0.0.1:7687`)}`);
    const passwordBox = page.locator('input[data-testid="password"]');
    await passwordBox.waitFor({ timeout: 60_000 });
    await passwordBox.fill(password);
    await page.locator('button[data-testid="connect"]').click();
    await page.getByText('You are connected as user', { exact: false }).first().waitFor({ timeout: 60_000 });
    const editor = page.locator('#monaco-main-editor textarea, .monaco-editor textarea').first();
    await editor.click();
    await page.keyboard.insertText(query);
    await page.keyboard.press('Control+Enter');
    const result = page.locator('[data-testid="frame"]').first();
    await result.getByText('Xi Jinping').first().waitFor({ timeout: 60_000 });
    await expect(result.getByText('Donald Trump').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'neo4j-browser.png') });
  });
});
