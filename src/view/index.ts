// `kg view`: the graph as one HTML page an analyst opens offline.
import { writeFile } from 'node:fs/promises';
import { PathError } from '../core/index.js';
import type { KnowledgeGraph } from '../graph/model.js';
import { readPageBundle } from './bundle.js';
import { renderViewHtml } from './html.js';
import { viewData } from './data.js';
import type { ViewData } from './model.js';

export type { ViewData } from './model.js';

/** Writes the page for `graph` to `out`; returns the data it shows, for the summary line. */
export async function writeView(graph: KnowledgeGraph, out: string, title: string): Promise<ViewData> {
  const data = viewData(graph, title);
  const html = renderViewHtml(data, await readPageBundle());
  try {
    await writeFile(out, html);
  } catch (err) {
    // The path the user chose is the problem (a folder, no permission), not the program.
    throw new PathError(`cannot write ${out}: ${(err as Error).message}`, out, { cause: err });
  }
  return data;
}
