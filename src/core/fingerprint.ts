// A text's fingerprint: one article saved again with other line ends, lines wrapped otherwise or a
// trailing newline has another id (ids hash the exact text) but the same fingerprint.
import { stableHash } from './ids.js';

/** A stable hash of the text with every run of whitespace made one space and the ends trimmed. */
export function textFingerprint(text: string): string {
  return stableHash(text.replace(/\s+/g, ' ').trim());
}

const byDocument = new WeakMap<{ text: string }, string>();

/** A document's `textFingerprint`, computed once however many stages ask for it. */
export function documentFingerprint(doc: { text: string }): string {
  let fingerprint = byDocument.get(doc);
  if (fingerprint === undefined) byDocument.set(doc, (fingerprint = textFingerprint(doc.text)));
  return fingerprint;
}
