// JSONL archives: one article per line, `text` required, `title`, `date`, `url`, `publisher` optional.
import type { Diagnostic } from '../core/index.js';

export interface RawArticle {
  text: string;
  origin: string;
  title?: string;
  date?: string;
  url?: string;
  publisher?: string;
}

const OPTIONAL = ['title', 'date', 'url', 'publisher'] as const;

/** The articles of a JSONL file; a line that is not an article becomes a diagnostic with its number. */
export function parseJsonl(content: string, file: string): { articles: RawArticle[]; diagnostics: Diagnostic[] } {
  const articles: RawArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const place = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      diagnostics.push({ severity: 'error', reason: `not JSON (${(err as Error).message}); line skipped`, place, rule: 'bad-jsonl' });
      return;
    }
    const obj = value as Record<string, unknown>;
    if (typeof obj !== 'object' || obj === null || typeof obj['text'] !== 'string' || obj['text'].trim() === '') {
      diagnostics.push({ severity: 'error', reason: 'no "text" field with the article; line skipped', place, rule: 'bad-jsonl' });
      return;
    }
    const article: RawArticle = { text: obj['text'], origin: place };
    for (const key of OPTIONAL) {
      const v = obj[key];
      if (typeof v === 'string' && v.trim() !== '') article[key] = v.trim();
    }
    articles.push(article);
  });
  return { articles, diagnostics };
}
