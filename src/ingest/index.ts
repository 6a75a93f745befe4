// Ingest: files and folders of .txt, .html and .jsonl in, clean documents with stable ids out.
import { readFile } from 'node:fs/promises';
import { InputError, stableId, type Diagnostic, type NewsDocument } from '../core/index.js';
import { cleanText } from './clean.js';
import { documentDate } from '../core/dates.js';
import { decodeText } from './decode.js';
import { fileKind, listFiles } from './files.js';
import { htmlToText } from './html.js';
import { parseJsonl, type RawArticle } from './jsonl.js';

export interface LoadOptions {
  /** Remove page junk and normalise the text (default). Off, the text is exactly as read. */
  clean?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface Loaded {
  documents: NewsDocument[];
  diagnostics: Diagnostic[];
}

/** A .txt file's title: its first line when short and not a sentence. */
function firstLineTitle(text: string): string | undefined {
  const first = text.trimStart().split('\n', 1)[0]?.trim() ?? '';
  return first.length > 0 && first.length <= 150 && !/[.!?:"”]$/.test(first) ? first : undefined;
}

async function readArticles(file: string): Promise<{ articles: RawArticle[]; diagnostics: Diagnostic[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new InputError(`cannot read: ${(err as Error).message}`, file, { cause: err });
  }
  const decoded = decodeText(bytes, file);
  if (decoded.text === null) return { articles: [], diagnostics: decoded.diagnostics };
  const kind = fileKind(file);
  if (kind === 'jsonl') {
    const parsed = parseJsonl(decoded.text, file);
    return { articles: parsed.articles, diagnostics: [...decoded.diagnostics, ...parsed.diagnostics] };
  }
  if (kind === 'html') {
    const page = htmlToText(decoded.text);
    const article: RawArticle = { text: page.text, origin: file };
    if (page.title) article.title = page.title;
    return { articles: [article], diagnostics: decoded.diagnostics };
  }
  return { articles: [{ text: decoded.text, origin: file }], diagnostics: decoded.diagnostics };
}

function toDocument(a: RawArticle, clean: boolean): NewsDocument | null {
  const text = clean ? cleanText(a.text) : a.text;
  if (text.trim() === '') return null;
  const doc: NewsDocument = { id: stableId('doc', text), text, origin: a.origin };
  const title = a.title ?? (clean ? firstLineTitle(text) : undefined);
  if (title) doc.title = title;
  const date = a.date && /^\d{4}-\d{2}-\d{2}/.test(a.date) ? a.date.slice(0, 10) : documentDate(text);
  if (date) doc.date = date;
  if (a.url) doc.url = a.url;
  if (a.publisher) doc.publisher = a.publisher;
  return doc;
}

/**
 * Reads every article under `paths`. A file that cannot be an article (empty, binary, too
 * large, a bad JSONL line) becomes a diagnostic and the others still load; a path that does
 * not exist is an InputError. The same text twice is loaded once.
 */
export async function loadDocuments(paths: readonly string[], options: LoadOptions = {}): Promise<Loaded> {
  const clean = options.clean ?? true;
  const { files, diagnostics } = await listFiles(paths);
  const documents = new Map<string, NewsDocument>();
  for (const [i, file] of files.entries()) {
    const read = await readArticles(file);
    diagnostics.push(...read.diagnostics);
    for (const article of read.articles) {
      const doc = toDocument(article, clean);
      if (!doc) {
        diagnostics.push({ severity: 'warning', reason: 'nothing left after removing page junk; skipped', place: article.origin, rule: 'empty' });
      } else if (documents.has(doc.id)) {
        diagnostics.push({ severity: 'warning', reason: `same text as ${documents.get(doc.id)!.origin}; loaded once`, place: article.origin, rule: 'duplicate' });
      } else documents.set(doc.id, doc);
    }
    options.onProgress?.(i + 1, files.length);
  }
  return { documents: [...documents.values()], diagnostics };
}
