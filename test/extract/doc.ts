// Test helper: a document from a sentence, and the text each span of an extraction covers.
import { stableId, type NewsDocument, type Span } from '../../src/core/index.js';

/** A document of `text`, dated when a date is given. */
export function docOf(text: string, date?: string): NewsDocument {
  const doc: NewsDocument = { id: stableId('doc', text), text, origin: 'test' };
  if (date) doc.date = date;
  return doc;
}

/** The text a span covers. */
export const at = (doc: NewsDocument, span: Span) => doc.text.slice(span.start, span.end);
