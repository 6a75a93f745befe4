// "the coronation many pundits forecast", "something she opposed", "..., which he describes as his
// second home", "a tactic Democrats hope will dampen support": a cue in a relative clause whose object
// is the noun before it (or "which"). The clause's subject is the source; the noun, with what the cue
// says of it after the gap ("as his second home", "will dampen support"), is the content.
import type { Span } from '../../../core/index.js';
import { isCueVerb, reportsSpeech } from '../cue-words.js';
import { breaksAfter, breaksBefore, quoted, tagged, tokenSpan, word } from '../context.js';
import { cueFrame, cueSpan } from '../cue-frame.js';
import type { TokenRange } from '../noun-phrase.js';
import type { Rule } from '../draft.js';
import type { Token } from '../../parse.js';

const INDEFINITE = /^(something|anything|everything|nothing)$/;
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'nobody', 'everyone', 'everybody', 'someone', 'somebody', 'few', 'many', 'both', 'most', 'some']);
// Verbs whose object may be the subject of a clause after the gap: "a tactic Democrats hope will work".
const CLAUSE_TAKING = /^(believ|hop|think|thought|expect|predict|estimat|claim|argu|fear|suggest|insist|know|knew|say|said|warn|assum|consider)/;
// Verbs that say what their object is with "as": "which he describes as his second home".
const AS_TAKING = /^(describ|see|saw|seen|view|regard|portray|characteri|depict|cast|label|dismiss|brand|consider|treat|tout|hail|pitch|paint)/;

/** Reads a relative clause whose object is what the cue at `i` takes. */
export const objectRelative: Rule = (ctx, s, i) => {
  const tokens = ctx.sentences[s]!.tokens;
  const t = tokens[i]!;
  if (!isCueVerb(tokens, i) || quoted(ctx, t)) return null;
  const frame = cueFrame(tokens, i);
  if (frame.passive || frame.addressee || frame.complement) return null;
  const after = afterGap(tokens, frame.cueTo, CLAUSE_TAKING.test(word(t)), AS_TAKING.test(word(t)));
  if (after === null) return null;
  const source = relativeSubject(tokens, frame.cueFrom - 1);
  if (!source || source.from === 0) return null;
  const before = tokens[source.from - 1]!;
  // "the plan he said": a speech verb's gap is a clause's subject ("... would fail"), but "Everything Trump says" is what he says.
  if (reportsSpeech(word(t)) && after === 'none' && !INDEFINITE.test(word(before))) return null;
  if (breaksAfter(before) || breaksBefore(tokens[source.from])) return null;
  const which = word(before) === 'which';
  // "..., which he said would take place in May": what was said is the clause after the gap.
  if (which && reportsSpeech(word(t))) return null;
  const object = which ? { from: source.from - 1, to: source.from - 1 } : headNounPhrase(tokens, source.from - 1);
  // "his colleague David French defended": a role before a name is the name's own, no object.
  if (!object || (!which && tagged(tokens[source.from], 'ProperNoun') && tagged(before, 'Actor'))) return null;
  const content: Span[] = [tokenSpan(tokens, object.from, object.to)];
  if (after !== 'none') content.push(tokenSpan(tokens, frame.cueTo + 1, after));
  return {
    source: tokenSpan(tokens, source.from, source.to),
    cue: cueSpan(frame),
    content,
    kind: 'indirect',
    addressee: null,
    reporters: [],
    sentence: s,
    rule: 'object-relative',
    through: frame.cueTo,
  };
};

// What follows the verb at `to` when nothing it could take as object does: 'none' at the end, a
// comma or dash, or the main clause's verb; the last token of what the cue says of its object
// ("as his second home", "will dampen support"); null when an object or an adjunct follows.
function afterGap(tokens: readonly Token[], to: number, clauseTaking: boolean, asTaking: boolean): 'none' | number | null {
  const next = tokens[to + 1];
  if (next === undefined || breaksAfter(tokens[to]) || /[.!?]/.test(tokens[to]!.post)) return 'none';
  const verb = tagged(next, 'Verb') && !tagged(next, 'Gerund', 'Noun', 'Adjective');
  if (word(next) !== 'as' && !verb) return null;
  // "something she opposed as a senator": an "as" of the verb's own is what it takes; any other is an adjunct.
  // "a tactic they hope will work" goes on; "Everything Trump says is a lie" is the main clause's.
  if ((verb && !(clauseTaking && tagged(next, 'Modal'))) || (!verb && !asTaking)) return 'none';
  let end = to + 1;
  while (end + 1 < tokens.length && !breaksAfter(tokens[end]) && !/[.!?]/.test(tokens[end]!.post)) end++;
  return end;
}

// The subject of the relative clause, right before its verb: a pronoun, a name, or a short phrase
// opened by a determiner ("many pundits", "the moderator").
function relativeSubject(tokens: readonly Token[], j: number): TokenRange | null {
  const last = tokens[j];
  if (!last) return null;
  if (SUBJECT_PRONOUNS.has(word(last))) return { from: j, to: j };
  if (tagged(last, 'ProperNoun')) {
    let k = j;
    while (k > 0 && tagged(tokens[k - 1], 'ProperNoun') && !breaksAfter(tokens[k - 1])) k--;
    return { from: k, to: j };
  }
  if (!tagged(last, 'Noun') || tagged(last, 'Pronoun')) return null;
  for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
    if (breaksAfter(tokens[k])) return null;
    if (tagged(tokens[k], 'Determiner') || SUBJECT_PRONOUNS.has(word(tokens[k]))) return { from: k, to: j };
    if (!tagged(tokens[k], 'Adjective', 'Noun') || tagged(tokens[k], 'Pronoun')) return null;
  }
  return null;
}

// The noun phrase that ends in the noun at `j`, from its determiner: "the coronation", "a controversial proposal".
function headNounPhrase(tokens: readonly Token[], j: number): TokenRange | null {
  const head = tokens[j];
  if (INDEFINITE.test(word(head))) return { from: j, to: j };
  if (!tagged(head, 'Noun') || tagged(head, 'Pronoun', 'ProperNoun', 'Possessive', 'Date', 'Value') || /['’]s$/.test(head!.text)) return null;
  for (let k = j - 1; k >= Math.max(0, j - 5); k--) {
    const t = tokens[k]!;
    if (breaksAfter(t)) return null;
    if (tagged(t, 'Determiner') || tagged(t, 'Possessive') || /^(his|her|their|its|our|my|your)$/.test(word(t))) return { from: k, to: j };
    if (!tagged(t, 'Adjective', 'Noun', 'Value') || tagged(t, 'Pronoun')) return null;
  }
  return null;
}
