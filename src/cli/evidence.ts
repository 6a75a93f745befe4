// How an answer shows where it came from: document, date, and the sentence with its offsets.
import type { DocumentRef, Span } from '../core/index.js';

/** `  [2018-03-09] Title (doc_…) 120-245: "sentence"`, the provenance line under every answer. */
export function evidenceLine(document: DocumentRef, span: Span, sentence: string): string {
  const title = document.title ? `${document.title} ` : '';
  return `    [${document.date ?? 'undated'}] ${title}(${document.id}) ${span.start}-${span.end}: "${sentence.replace(/\s+/g, ' ').trim()}"`;
}
