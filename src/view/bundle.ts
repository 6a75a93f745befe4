// Finds the page script the build bundled (scripts/build-view.mjs) and reads it.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { EnvironmentError } from '../core/index.js';
import type { PageBundle } from './html.js';

/**
 * The bundle sits beside this module once compiled (dist/view/); when this module runs from
 * source (src/view/, as under the test runner), the built copy in dist/view/ is used.
 */
function bundleFolder(): string {
  const here = new URL('./', import.meta.url);
  const candidates = [new URL('page/', here), new URL('../../dist/view/page/', here)];
  const found = candidates.find((c) => existsSync(fileURLToPath(new URL('page.js', c))));
  if (!found) {
    throw new EnvironmentError('the view page is not built: run `npm run build` (it bundles the page into dist/view/page/)');
  }
  return fileURLToPath(found);
}

export async function readPageBundle(): Promise<PageBundle> {
  const folder = bundleFolder();
  const [script, style] = await Promise.all([readFile(`${folder}page.js`, 'utf8'), readFile(`${folder}page.css`, 'utf8')]);
  return { script, style };
}
