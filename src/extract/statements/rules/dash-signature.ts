// '"Maybe we can build a wall." ― Steve Quinlan': a name after a dash, closing the line, signs the quotation before it.
import { tokenSpan } from '../context.js';
import type { Rule } from '../draft.js';
import { phraseStartingAt } from '../noun-phrase.js';
import { quoteBefore } from '../quotes.js';

const DASH = /[―—–]\s*$/;

/** Reads a signature at the name starting at token `i`. */
export const dashSignature: Rule = (ctx, s, i) => {
  const tokens = ctx.sentences[s]!.tokens;
  const t = tokens[i]!;
  const from = Math.max(0, t.span.start - 3);
  const dash = DASH.exec(ctx.text.slice(from, t.span.start));
  if (!dash) return null;
  const dashAt = from + dash.index;
  const q = quoteBefore(ctx.quotes, dashAt);
  if (!q || !/^\s*$/.test(ctx.text.slice(q.end, dashAt))) return null;
  const name = phraseStartingAt(tokens, i);
  if (!name) return null;
  const lineEnd = ctx.text.indexOf('\n', t.span.start);
  const rest = ctx.text.slice(tokens[name.to]!.span.end, lineEnd < 0 ? ctx.text.length : lineEnd);
  if (!/^[\s.]*$/.test(rest)) return null;
  return {
    source: tokenSpan(tokens, name.from, name.to),
    cue: { start: dashAt, end: dashAt + 1 },
    content: [q],
    kind: 'direct',
    addressee: null,
    reporters: [],
    sentence: s,
    rule: 'dash-signature',
    through: name.to,
  };
};
