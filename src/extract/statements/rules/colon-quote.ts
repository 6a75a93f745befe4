// 'McConnell delivered a blunt message to Trump: "It is time to ..."': a clause that ends in a colon
// and opens a quotation introduces it, whatever its verb.
import { tagged, tokenSpan } from '../context.js';
import type { Rule } from '../draft.js';
import { clauseSubject } from '../subject.js';
import { quoteFrom } from '../quotes.js';

/** Reads a clause closed by a colon before a quotation, at the token `i` that carries the colon. */
export const colonQuote: Rule = (ctx, s, i) => {
  const tokens = ctx.sentences[s]!.tokens;
  const t = tokens[i]!;
  if (!/^\s*:\s*$/.test(t.post) || i < 2) return null;
  const colon = t.span.end + t.post.indexOf(':');
  const q = quoteFrom(ctx.quotes, colon);
  if (!q || /\S/.test(ctx.text.slice(colon + 1, q.start))) return null;
  const subject = clauseSubject(tokens, 0, i);
  if (!subject) return null;
  let verb = subject.to + 1;
  while (verb < i && !tagged(tokens[verb], 'Verb')) verb++;
  if (verb > i || tagged(tokens[verb], 'Copula')) return null;
  return {
    source: tokenSpan(tokens, subject.from, subject.to),
    cue: tokenSpan(tokens, verb, i),
    content: [q],
    kind: 'direct',
    addressee: null,
    reporters: [],
    sentence: s,
    rule: 'colon-quote',
    through: i,
  };
};
