// Page debris (scripts, menus) that must never yield a statement.
import type { Span } from '../../core/index.js';

const CODE = /[{}<>]|\);|\("|\bjQuery\b|\.html\(|=\s*"|function\s*\(/;

/** True when the text of the span looks like script or markup rather than prose. */
export function isJunk(text: string, span: Span): boolean {
  return CODE.test(text.slice(span.start, span.end));
}
