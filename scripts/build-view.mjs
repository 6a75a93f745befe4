// Bundles the view page (src/view/page/) for the browser: one script and one style sheet in
// dist/view/page/, which `kg view` inlines into the HTML it writes. Run by `npm run build`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: { page: 'src/view/page/main.ts' },
  outdir: 'dist/view/page',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome100', 'firefox100', 'safari15'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
