// Keeps the dependency arrows pointing one way: each library behind one door, core depending on nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles('src').map((path) => ({
  path: relative('src', path).replace(/\\/g, '/'),
  imports: [...readFileSync(path, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!),
}));

/** [package, the only folder allowed to import it] */
const doors: [string, string][] = [
  ['compromise', 'extract/'],
  ['neo4j-driver', 'store/neo4j/'],
  ['parse5', 'ingest/'],
  // Browser-only libraries: bundled into the view page at build time, never loaded by Node.
  ['sigma', 'view/page/'],
  ['@sigma/edge-curve', 'view/page/'],
  ['graphology-layout-forceatlas2', 'view/page/'],
];

/** A relative import as a path under src/, e.g. 'view/model.js'. */
function resolved(from: string, spec: string): string {
  return posix.normalize(posix.join(posix.dirname(from), spec));
}

describe('architecture', () => {
  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(doors)('only %s imports come from %s', (pkg, folder) => {
    const offenders = files.filter((f) => f.imports.some((i) => i === pkg || i.startsWith(`${pkg}/`)) && !f.path.startsWith(folder));
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('core imports nothing outside core', () => {
    const offenders = files.filter((f) => f.path.startsWith('core/') && f.imports.some((i) => i.startsWith('..')));
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it.each(['core/', 'extract/', 'resolve/', 'graph/', 'query/'])('%s does no process exit', (folder) => {
    const offenders = files.filter((f) => f.path.startsWith(folder) && /process\.exit/.test(readFileSync(join('src', f.path), 'utf8')));
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('stages upstream of the store never import a store or the CLI', () => {
    const upstream = ['core/', 'ingest/', 'extract/', 'resolve/', 'graph/'];
    const offenders = files.filter(
      (f) => upstream.some((u) => f.path.startsWith(u)) && f.imports.some((i) => /\/(store|cli|query|export|view)\//.test(i)),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('the view page runs in a browser: no Node modules, and only the view model and core from outside it', () => {
    const page = files.filter((f) => f.path.startsWith('view/page/'));
    expect(page.length).toBeGreaterThan(0);
    const offenders = page.filter((f) =>
      f.imports.some(
        (i) =>
          i.startsWith('node:') ||
          (i.startsWith('.') && !/^(view\/page\/|view\/model\.js$|core\/)/.test(resolved(f.path, i))),
      ),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('nothing outside the view page imports it: Node reads only its built bundle', () => {
    const offenders = files.filter(
      (f) => !f.path.startsWith('view/page/') && f.imports.some((i) => i.startsWith('.') && resolved(f.path, i).startsWith('view/page/')),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });
});
