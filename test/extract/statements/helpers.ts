// Runs statement extraction on a text and renders each statement as plain strings for table-driven tests.
import { parseText } from '../../../src/extract/parse.js';
import { extractStatements } from '../../../src/extract/statements/index.js';
import type { Span, StatementSpans } from '../../../src/core/index.js';

export interface Rendered {
  source: string | null;
  cue: string | null;
  content: string;
  kind: string;
  addressee: string | null;
  reporters: string[];
}

export function extract(text: string): StatementSpans[] {
  return extractStatements({ id: 'doc_test', text, origin: 'test' }, parseText(text));
}

export function render(text: string, s: StatementSpans): Rendered {
  const cut = (sp: Span | null) => (sp ? text.slice(sp.start, sp.end) : null);
  return {
    source: cut(s.source),
    cue: cut(s.cue),
    content: s.content.map((c) => text.slice(c.start, c.end)).join(' ... '),
    kind: s.kind,
    addressee: cut(s.addressee),
    reporters: s.reporters.map((r) => text.slice(r.start, r.end)),
  };
}

export function renderAll(text: string): Rendered[] {
  return extract(text).map((s) => render(text, s));
}
