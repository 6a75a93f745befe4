// "PENCE: Well, ..." and "Bernie Sanders: I'm not ...": a name opening a line with a colon speaks the rest of it.
import { tagged, tokenSpan, word } from '../context.js';
import { hasWords, trim } from '../content.js';
import type { Rule } from '../draft.js';
import { phraseEndingAt, type TokenRange } from '../noun-phrase.js';

// Labels that head a section rather than name a speaker.
const RUBRICS = new Set(['update', 'updates', 'note', 'editor', "editor's", 'correction', 'related', 'photo', 'photos', 'video', 'watch', 'read', 'source', 'sources', 'caption', 'warning', 'breaking', 'exclusive', 'analysis', 'opinion', 'commentary', 'fact', 'check', 'q', 'a', 'advertisement', 'latest', 'background', 'timeline', 'more', 'also', 'see', 'listen', 'transcript', 'question', 'answer']);

/** Reads a speaker label at the start of a line, at the token `i` that carries the colon. */
export const colonLabel: Rule = (ctx, s, i) => {
  const tokens = ctx.sentences[s]!.tokens;
  const t = tokens[i]!;
  if (!/^:\s/.test(t.post)) return null;
  // "Poll: Trump leads": a one-word label the tagger took for a verb.
  let name = phraseEndingAt(tokens, i) ?? (i === 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text) ? { from: 0, to: 0 } : null);
  if (!name || i - name.from > 4) return null;
  // "Clinton to Planned Parenthood:", "Mukasey at RNC:": the speaker, then to whom or where.
  let addressee: TokenRange | null = null;
  let last = i;
  for (let k = Math.max(1, name.from - 1); k < i; k++) {
    if (!/^(to|at)$/.test(word(tokens[k])) || !/^\p{Lu}/u.test(tokens[k + 1]!.text)) continue;
    const speaker = phraseEndingAt(tokens, k - 1);
    if (!speaker || k - 1 - speaker.from > 4) return null;
    if (word(tokens[k]) === 'to') addressee = { from: k + 1, to: i };
    name = speaker;
    last = k - 1;
    break;
  }
  const first = tokens[name.from]!;
  const colon = t.span.end + t.post.indexOf(':');
  const lineStart = ctx.text.lastIndexOf('\n', first.span.start - 1) + 1;
  // At the start of a line, or opening a sentence that quotes: 'Jones: "The partisanship ..."'.
  const quoting = name.from === 0 && /^\s*["“]/.test(ctx.text.slice(colon + 1, colon + 4));
  if (/\S/.test(ctx.text.slice(lineStart, first.span.start)) && !quoting) return null;
  // A label is a person's name or a transcript's capitalised speaker ("The Latest:" is a rubric).
  if (tagged(first, 'Determiner') || name.to === name.from && /^\p{Lu}$/u.test(first.text)) return null;
  // A title may stand before the name in lower case, a group word after it ("Clinton camp:").
  for (let k = name.from; k <= last; k++) {
    const title = k > name.from && tagged(tokens[k], 'Noun') && !tagged(tokens[k], 'Pronoun');
    if ((!/^\p{Lu}/u.test(tokens[k]!.text) && !title) || tagged(tokens[k], 'Date')) return null;
  }
  if (RUBRICS.has(word(t))) return null;
  const lineEnd = ctx.text.indexOf('\n', colon);
  const content = trim(ctx.text, { start: colon + 1, end: lineEnd < 0 ? ctx.text.length : lineEnd });
  if (!hasWords(ctx.text, content, 3)) return null;
  return {
    source: tokenSpan(tokens, name.from, name.to),
    cue: { start: colon, end: colon + 1 },
    content: [content],
    kind: 'direct',
    addressee: addressee && tokenSpan(tokens, addressee.from, addressee.to),
    reporters: [],
    sentence: s,
    rule: 'colon',
    through: i,
  };
};

