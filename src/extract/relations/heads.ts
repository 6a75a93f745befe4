// The mention a phrase is about: "Donald Trump" in "U.S. President Donald Trump of the United States",
// none in "Tulsa, Okla., police officers" or "the South Carolina senator".
import type { Mention } from '../../core/index.js';
import type { Token } from '../parse.js';
import { breaksAfter, breaksBefore, tagged, word } from '../statements/context.js';

/** A sentence's mentions by the token they start at, with the token they end at. */
export interface MentionIndex {
  at(k: number): { mention: Mention; last: number } | undefined;
}

export function indexMentions(tokens: readonly Token[], mentions: readonly Mention[]): MentionIndex {
  const byStart = new Map<number, { mention: Mention; last: number }>();
  for (const m of mentions) {
    const first = tokens.findIndex((t) => t.span.end > m.span.start);
    if (first < 0 || tokens[first]!.span.start > m.span.start + 1) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.span.start < m.span.end) last++;
    byStart.set(first, { mention: m, last });
  }
  return { at: (k) => byStart.get(k) };
}

/** How a head is read. */
export interface HeadOptions {
  /** "Obama's policy" is about Obama. */
  possessive?: boolean;
  /** Pronouns may head the phrase (subjects, resolved later); objects take names only. */
  pronouns?: boolean;
}

export interface Head {
  mention: Mention;
  /** The token after the head's phrase. */
  next: number;
}

const COMMA = /^\.?,\s*$/;
// People named by their tie to someone: "Obama's successor", "Trump's wife".
const KIN = /^(successor|predecessor|wife|husband|son|daughter|father|mother|brother|sister|aides?|adviser|advisers|lawyer|lawyers|spokes(man|woman|person)|friend|rival|opponent|nominee|pick|deputy|boss|staff|allies|ally|supporters?|critics?|family|children)$/;
// Words the tagger may read as adjectives that open a phrase of their own: "backs Trump over Clinton".
const PARTICLES = new Set(['over', 'under', 'up', 'down', 'out', 'off', 'about', 'above', 'below', 'near', 'like', 'after', 'before']);

// Words that may stand before a name in its phrase: "the", "fellow", "his rival", "U.S. President".
function premodifier(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (/^(his|her|their|its)$/.test(word(t))) return true;
  if (/^(that|this|these|those|which|what)$/.test(word(t))) return false;
  return (tagged(t, 'Determiner', 'Adjective', 'Noun', 'ProperNoun', 'Possessive', 'Value') && !tagged(t, 'Pronoun', 'Verb')) || continuesPhrase(tokens, j);
}

// The words after a name that make it a modifier: "Trump supporters", "Justice Department congressional
// liaison", "Trump campaign spokesman" (where the tagger reads "campaign" as a verb).
function continuesPhrase(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || breaksBefore(t)) return false;
  if (tagged(t, 'Noun') && !tagged(t, 'Pronoun', 'Date')) return true;
  const n = tokens[k + 1];
  if (!tagged(t, 'Adjective', 'Infinitive') || breaksAfter(t) || !tagged(n, 'Noun') || tagged(n, 'Pronoun', 'Date')) return false;
  // "the Paris daily Liberation": an adjective runs on to a name; a bare verb only to a common noun.
  return (tagged(t, 'Adjective') && !PARTICLES.has(word(t))) || /^\p{Ll}/u.test(n?.text ?? '');
}

// "Republican House and Senate members": a name joined to another before a common noun they both modify.
function sharedModifier(tokens: readonly Token[], k: number): boolean {
  if (word(tokens[k]) !== 'and' || breaksAfter(tokens[k]) || breaksAfter(tokens[k + 1])) return false;
  return /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && continuesPhrase(tokens, k + 2) && /^\p{Ll}/u.test(tokens[k + 2]?.text ?? '');
}

/** The mention heading the phrase that starts at token `k`, no further than `stop`. */
export function headAt(tokens: readonly Token[], index: MentionIndex, k: number, stop: number, options: HeadOptions = {}): Head | null {
  for (let j = k; j < Math.min(stop, k + 8); ) {
    const found = index.at(j);
    // "tell the 'Bernie or Bust' people": a quoted name is a label, not the one told.
    if (j > k && (breaksBefore(tokens[j]) || /['‘’]/.test(tokens[j]!.pre))) return null;
    if (!found) {
      const t = tokens[j]!;
      // "his US counterpart, Donald Trump,": a name in apposition heads the phrase before it.
      if (j > k && COMMA.test(t.post) && tagged(t, 'Noun') && index.at(j + 1)?.mention.kind === 'name') return apposed(tokens, index, j + 1, stop, options);
      if (!premodifier(tokens, j) || breaksAfter(t)) return null;
      j++;
      continue;
    }
    let last = found.last;
    // "his US counterpart, Donald Trump,": the name in apposition to a description is who it is.
    if (found.mention.kind === 'description' && COMMA.test(tokens[last]!.post) && index.at(last + 1)?.mention.kind === 'name') {
      return apposed(tokens, index, last + 1, stop, options);
    }
    // "Tulsa, Okla.": a place with its state is one place, and the phrase may go on after it.
    let state = false;
    while (found.mention.type === 'place' && COMMA.test(tokens[last]!.post) && index.at(last + 1)?.mention.type === 'place') {
      last = index.at(last + 1)!.last;
      state = true;
    }
    const end = tokens[last]!;
    const possessive = /['’]s?$/.test(end.text) || tagged(end, 'Possessive');
    // A phrase known to end here ends here, whatever the tagger makes of the next word.
    const open = last + 1 < stop && (!breaksAfter(end) || (state && COMMA.test(end.post)));
    // "criticized Obama's policy" is aimed at Obama; "criticized Obama's successor" at someone else.
    const possessed = tokens[last + 1]?.text === '' ? tokens[last + 2] : tokens[last + 1];
    const modifier = possessive ? !options.possessive || tagged(possessed, 'Actor', 'Person') || KIN.test(word(possessed)) : open && (continuesPhrase(tokens, last + 1) || sharedModifier(tokens, last + 1));
    const usable = found.mention.kind !== 'pronoun' || options.pronouns === true;
    if (!modifier && usable) return { mention: found.mention, next: last + 1 };
    if (possessive || !open || !usable) return null;
    j = last + 1;
  }
  return null;
}

// A name in apposition, closed by a comma or the end of the sentence.
function apposed(tokens: readonly Token[], index: MentionIndex, k: number, stop: number, options: HeadOptions): Head | null {
  const head = headAt(tokens, index, k, stop, options);
  if (!head) return null;
  const closing = tokens[head.next - 1]!;
  return head.next >= tokens.length || COMMA.test(closing.post) ? head : null;
}
