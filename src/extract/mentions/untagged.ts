// People whose first name the tagger does not know: "strategist Newt Gingrich", "Tad Devine, a senior
// adviser", "Tad Devine ... Devine said". A run of two or three capitalised words with no type of its
// own is a person when a role stands before it, a person's description follows it, or the document
// also names them by the last word alone; speaking is no evidence, companies speak too.
import nlp from 'compromise';
import type { Token } from '../parse.js';
import { NOT_NAME_WORDS } from './name-front.js';

const WORD = /^\p{Lu}\p{Ll}+$/u;
// Tags of words that are no part of a name, however capitalised.
const NOT_NAME_TAGS = ['Plural', 'Demonym', 'Actor', 'Verb', 'Adjective', 'Determiner', 'Preposition', 'Pronoun', 'Conjunction', 'Value', 'Date', 'Adverb', 'Organization', 'Place'];
// Labels before a name that are no part of it: "Democrat Zephyr Teachout", "Hacker Guccifer".
const PARTIES = new Set(['Democrat', 'Republican', 'Independent', 'Libertarian', 'Donor', 'Hacker', 'Activist', 'Candidate', 'Nominee']);
// A description that only a person has: "a pollster", "the party's chairman", "who ...".
const ROLE_NOUNS =
  'pollster|strategist|spokes(?:man|woman|person)|adviser|advisor|aide|lawyer|attorney|professor|economist|analyst|director|chairman|chairwoman|president|senator|minister|official|founder|candidate|activist|leader|member|executive|officer|reporter|writer|author|historian|scientist|researcher|consultant|voter|resident|student|farmer|worker';
const DESCRIBED = new RegExp(`^(?:who\\b|(?:a|an|the)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:${ROLE_NOUNS})s?\\b)`, 'i');
const ROLE = new RegExp(`^(?:${ROLE_NOUNS})s?$`);
// A surname opening a sentence counts as written alone before these: "Devine said the numbers were wrong."
const SPEAKS = new Set(['said', 'says', 'told', 'tells', 'added', 'wrote', 'writes', 'argued', 'noted', 'explained']);

// Words of the language, capitalised or not: "Court", "Team", "Watch", "American" are no names.
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
// Endings of common nouns and adjectives: "Amendment", "Jewish", "Protectionism".
const COMMON_ENDING = /(?:ment|ism|ity|tion|sion|ship|ness|ish|ese|ive|ous|ians)$/;
// Groups named like people: "Rohingya Muslims", "the Klan".
const GROUPS = new Set(
  'muslim muslims christian christians jew jews hindu hindus sikh sikhs catholic catholics protestant protestants evangelical evangelicals mormon mormons latino latinos hispanic hispanics salafist salafists sunni shiite klan'.split(' '),
);

function plainWord(t: Token | undefined): boolean {
  return t !== undefined && nameLike(t.text) && !NOT_NAME_TAGS.some((tag) => t.tags.has(tag));
}

/** A capitalised word that is no word of the language, its plural, a group or a common noun's form. */
export function nameLike(text: string): boolean {
  if (!WORD.test(text)) return false;
  const w = text.toLowerCase();
  // "Studios", "Conservatives": the plural of a word of the language.
  const plural = /s$/.test(w) && w.slice(0, -1) in LEXICON;
  return !NOT_NAME_WORDS.has(w) && !(w in LEXICON) && !plural && !GROUPS.has(w) && !COMMON_ENDING.test(w);
}

/**
 * Capitalised words standing alone in the document, away from the start of a sentence and from
 * other capitalised words: the surnames a text uses once it has named someone in full.
 */
export function loneWords(sentences: readonly { tokens: readonly Token[] }[]): Set<string> {
  const out = new Set<string>();
  for (const { tokens } of sentences) {
    tokens.forEach((t, i) => {
      // At the start of a sentence only before a speech verb: "Devine said the numbers were wrong."
      const opening = i === 0 || /["“‘'(]$/.test(t.pre);
      if ((opening && !SPEAKS.has(tokens[i + 1]?.text.toLowerCase() ?? '')) || !plainWord(t)) return;
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const before = prev !== undefined && /^\p{Lu}/u.test(prev.text) && /^\s+$/.test(prev.post);
      const after = next !== undefined && /^\p{Lu}/u.test(next.text) && /^\s+$/.test(t.post);
      if (!before && !after) out.add(t.text);
    });
  }
  return out;
}

// Executives' titles written as acronyms, which a company's name often stands before: "Tesla CEO Ola Ade".
const EXECUTIVE_ACRONYM = /^C[EFOT]O$/;

/** True when the word after `to` is an executive's acronym: "Ford" in "Ford CEO Ola Ade" names the company. */
export function companyBeforeExecutive(tokens: readonly Token[], to: number): boolean {
  return /^\s+$/.test(tokens[to]!.post) && EXECUTIVE_ACRONYM.test(tokens[to + 1]?.text ?? '');
}

/**
 * True when `t` is a role written right before a name: "strategist Ola Ade", "Tesla founder Ola Ade",
 * "Tesla CEO Ola Ade". A capitalised word other than an executive's acronym may open the name itself.
 */
function roleBefore(t: Token | undefined): boolean {
  if (t === undefined || !/^\s+$/.test(t.post)) return false;
  return EXECUTIVE_ACRONYM.test(t.text) || ((t.tags.has('Actor') || ROLE.test(t.text)) && /^\p{Ll}/u.test(t.text));
}

/** Where a name found at `from` begins: at the capitalised word before it the tagger left out at the start of a sentence ("Newt" of "Newt Gingrich"). */
export function nameStart(tokens: readonly Token[], from: number): number {
  const prev = tokens[from - 1];
  return prev && plainWord(prev) && /^\s+$/.test(prev.post) && (from - 1 === 0 || /["“‘(]$/.test(prev.pre)) ? from - 1 : from;
}

/**
 * The tokens from `from` to `to` of a sentence as a person's name, with a capitalised word before
 * them that the tagger left out at the start of a sentence ("Newt" of "Newt Gingrich"); null when
 * nothing says they name a person.
 */
export function untaggedPerson(tokens: readonly Token[], from: number, to: number, lone: ReadonlySet<string>, isTitle: (t: Token) => boolean): { from: number; to: number } | null {
  // "Governor Romney", "Democrat Zephyr Teachout": a title or party before the name is no part of it.
  const start = from;
  while (from < to && (isTitle(tokens[from]!) || PARTIES.has(tokens[from]!.text))) from++;
  const first = from === start ? nameStart(tokens, from) : from;
  const size = to - first + 1;
  if (size < 2 || size > 3) return null;
  // "Baden-Württemberg", "Anti-Trump": a hyphenated pair is a place or a word, not a first and last name.
  for (let k = first; k <= to; k++) if (!plainWord(tokens[k]) || (k < to && !/^\s+$/.test(tokens[k]!.post))) return null;
  const last = tokens[to]!;
  // "strategist Ola Ade", "Ola Ade, a pollster,", "Ola Ade, who ...": a role before the name or a
  // description after it that only people have.
  const role = roleBefore(tokens[first - 1]);
  const described = /^,\s*$/.test(last.post) && /^(?:a|an|the|who)$/i.test(tokens[to + 1]?.text ?? '') && DESCRIBED.test(tokens.slice(to + 1, to + 6).map((t) => t.text).join(' '));
  // "A spokesman for the Commission, Ola Ade, said": a name set off after a role.
  const before = tokens[first - 1];
  const apposed = before !== undefined && /^,\s*$/.test(before.post) && tokens.slice(Math.max(0, first - 7), first).some((t) => ROLE.test(t.text) || (t.tags.has('Actor') && /^\p{Ll}/u.test(t.text)));
  return lone.has(last.text) || role || described || apposed ? { from: first, to } : null;
}
