// Ingest: files and folders of .txt, .html and .jsonl in, clean documents with stable ids out.
import { readFile, stat } from 'node:fs/promises';
import { documentFingerprint, stableId, type Diagnostic, type NewsDocument } from '../core/index.js';
import { cleanText } from './clean.js';
import { articleDate } from './dateline.js';
import { decodeText, MAX_BYTES, tooLarge } from './decode.js';
import { fileKind, listFiles } from './files.js';
import { htmlToText } from './html.js';
import { parseJsonl, type RawArticle } from './jsonl.js';

export interface LoadOptions {
  /** Remove page junk and normalise the text (default). Off, the text is exactly as read. */
  clean?: boolean;
  /** Called after each file with the number of files read so far and in all. */
  onProgress?: (done: number, total: number) => void;
  /** Called with each diagnostic as it is found (they are also returned). */
  onDiagnostic?: (diagnostic: Diagnostic) => void;
  /** Files larger than this many bytes are skipped with a diagnostic; 20 MB by default. */
  maxBytes?: number;
  /**
   * Which articles are one, loaded once: by default those whose texts differ at most in whitespace
   * (the same fingerprint); with 'exact' only the same text, so each text loaded is exactly its file's.
   */
  sameText?: 'fingerprint' | 'exact';
}

export interface Loaded {
  documents: NewsDocument[];
  diagnostics: Diagnostic[];
  /** Each article whose text was already loaded (bar whitespace, by default), by its origin: the origin of the one loaded. */
  twins: Map<string, string>;
  /** Files in the folders read that are not .txt, .html or .jsonl, left out. */
  skipped: string[];
}

/** A .txt file's title: its first line when short and not a sentence. */
function firstLineTitle(text: string): string | undefined {
  const first = text.trimStart().split('\n', 1)[0]?.trim() ?? '';
  return first.length > 0 && first.length <= 150 && !/[.!?:"”]$/.test(first) ? first : undefined;
}

async function readArticles(file: string, maxBytes: number): Promise<{ articles: RawArticle[]; diagnostics: Diagnostic[] }> {
  let bytes: Uint8Array;
  try {
    // The size first, so a huge file is never read into memory.
    const { size } = await stat(file);
    if (size > maxBytes) return { articles: [], diagnostics: [tooLarge(file, size, maxBytes)] };
    bytes = await readFile(file);
  } catch (err) {
    // One unreadable file (permissions, removed meanwhile) must not stop the others.
    return { articles: [], diagnostics: [{ severity: 'error', reason: `cannot read: ${(err as Error).message}`, place: file, rule: 'unreadable' }] };
  }
  const decoded = decodeText(bytes, file, maxBytes);
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
  const given = a.date && /^\d{4}-\d{2}-\d{2}/.test(a.date) ? a.date.slice(0, 10) : undefined;
  const date = given ?? articleDate(text, a.date);
  if (date) doc.date = date;
  if (a.url) doc.url = a.url;
  if (a.publisher) doc.publisher = a.publisher;
  return doc;
}

/**
 * Reads every article under `paths` (files and folders, recursively). A file that cannot be
 * an article (empty, binary, too large, unreadable, a bad JSONL line) becomes a diagnostic and
 * the others still load; a path that does not exist is an InputError naming it. The same text
 * twice, or the same bar whitespace, is loaded once, as first read. With `clean: false` the text
 * is exactly as read, so offsets into the file hold; by default page junk is removed and the
 * cleaned text is the document's text.
 */
export async function loadDocuments(paths: readonly string[], options: LoadOptions = {}): Promise<Loaded> {
  const clean = options.clean ?? true;
  const sameText = options.sameText ?? 'fingerprint';
  const listed = await listFiles(paths);
  const diagnostics: Diagnostic[] = [];
  const report = (d: Diagnostic) => {
    diagnostics.push(d);
    options.onDiagnostic?.(d);
  };
  listed.diagnostics.forEach(report);
  const files = listed.files;
  // By fingerprint, or by id when only exact copies are one.
  const documents = new Map<string, NewsDocument>();
  const twins = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    const read = await readArticles(file, options.maxBytes ?? MAX_BYTES);
    read.diagnostics.forEach(report);
    for (const article of read.articles) {
      const doc = toDocument(article, clean);
      if (!doc) {
        report({ severity: 'warning', reason: 'nothing left after removing page junk; skipped', place: article.origin, rule: 'empty' });
        continue;
      }
      const key = sameText === 'exact' ? doc.id : documentFingerprint(doc);
      const twin = documents.get(key);
      if (twin) {
        const same = twin.id === doc.id ? 'same text' : 'same text bar whitespace';
        report({ severity: 'warning', reason: `${same} as ${twin.origin}; loaded once`, place: article.origin, rule: 'duplicate' });
        twins.set(article.origin, twin.origin);
      } else documents.set(key, doc);
    }
    options.onProgress?.(i + 1, files.length);
  }
  return { documents: [...documents.values()], diagnostics, twins, skipped: listed.skipped };
}
