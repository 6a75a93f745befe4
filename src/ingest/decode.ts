// Bytes to text: refuses binary and oversized files, falls back to Latin-1 when UTF-8 is invalid.
import type { Diagnostic } from '../core/index.js';

/** Files larger than this are skipped: no news article is this long, and parsing would stall. */
export const MAX_BYTES = 20 * 1024 * 1024;

export type Decoded = { text: string; diagnostics: Diagnostic[] } | { text: null; diagnostics: Diagnostic[] };

function problem(place: string, rule: string, reason: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { severity, reason, place, rule };
}

/** True when the bytes look like a binary file rather than text in any encoding. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

const megabytes = (n: number) => `${(n / 1048576).toFixed(n < 1048576 ? 3 : 1)} MB`;

/** The diagnostic for a file over the size limit. */
export function tooLarge(place: string, size: number, limit: number): Diagnostic {
  return problem(place, 'too-large', `file is ${megabytes(size)}, over the ${megabytes(limit)} limit; skipped`);
}

/** Decodes a file's bytes; `text` is null when the file cannot be an article. */
export function decodeText(bytes: Uint8Array, place: string, maxBytes = MAX_BYTES): Decoded {
  if (bytes.length > maxBytes) return { text: null, diagnostics: [tooLarge(place, bytes.length, maxBytes)] };
  if (looksBinary(bytes)) return { text: null, diagnostics: [problem(place, 'binary', 'file is binary, not text; skipped')] };
  let text: string;
  const diagnostics: Diagnostic[] = [];
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('latin1').decode(bytes);
    diagnostics.push(problem(place, 'not-utf8', 'file is not valid UTF-8; read as Latin-1', 'warning'));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { text: null, diagnostics: [...diagnostics, problem(place, 'empty', 'file has no text; skipped', 'warning')] };
  return { text, diagnostics };
}
