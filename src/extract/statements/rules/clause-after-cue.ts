// "Xi pointed out that ...", "He said the plan is dead": the rest of the sentence after the cue is the content.
import type { Span } from '../../../core/index.js';
import { finiteCue, isCueVerb } from '../cue-words.js';
import { breaksAfter, quoted, tagged, word } from '../context.js';
import { contentStart, hasWords, toSentenceEnd, trim } from '../content.js';
import { cueFrame, cueSpan, rangeSpan } from '../cue-frame.js';
import { finite, newClause, objectEnd, resumes } from '../object-phrase.js';
import { beforeMainClause } from '../subordinate.js';
import { quoteAt } from '../quotes.js';
import { OBJECT_PRONOUNS, PARTICIPLE_OPENERS } from '../subject.js';
import type { Rule } from '../draft.js';
import type { Token } from '../../parse.js';

// Participles that continue the subject's sentence: '"...," he said, adding that ...'.
const PARTICIPLES = /ing$/;
const COORDINATORS = new Set(['and', 'but']);
const CONTRASTS = new Set(['while', 'whereas']);
const TRAILING = new Set(['which', 'as', 'while', 'after', 'although', 'though', 'particularly', 'especially', 'even', 'but', 'then', 'with', 'whereas', 'prompting']);

const CIRCUMSTANCE = new Set(['as', 'while', 'because', 'although', 'though', 'whereas']);

const ANSWERS = /^(yes|no|so)(?=\s*$|\s*[,;]|\s+(?:but|while|and|in|on|when)\b)/i;

/** Reads reported speech after the cue verb `i`. */
export const clauseAfterCue: Rule = (ctx, s, i) => {
  const tokens = ctx.sentences[s]!.tokens;
  const t = tokens[i]!;
  if (!isCueVerb(tokens, i) || quoted(ctx, t)) return null;
  const frame = cueFrame(tokens, i);
  if (frame.passive) return null;
  // Without a subject only a participle or a second verb ("... and said") can carry a statement;
  // it takes its source from the clause it continues.
  if (!frame.subject && !PARTICIPLES.test(word(t)) && !COORDINATORS.has(word(tokens[frame.cueFrom - 1]))) return null;
  // "He was unable to sell it, he said, on condition of anonymity to speak freely": the terms of the saying, not what was said.
  if (word(tokens[frame.next]) === 'on' && word(tokens[frame.next + 1]) === 'condition') return null;
  let start = frame.complement ? frame.next : contentStart(tokens, frame.next);
  // "told a town hall in Salem, New Hampshire on Monday that ...": whom and where, up to "that".
  if (frame.addressee && word(tokens[start]) !== 'that') {
    for (let k = start; k < Math.min(tokens.length, start + 8); k++) {
      if (word(tokens[k]) === 'that' && k > start) {
        start = k;
        break;
      }
      // "told reporters outside a polling place in Greenville that ...": a gerund there modifies a noun.
      if ((tagged(tokens[k], 'Verb') && !tagged(tokens[k], 'Gerund')) || /[;:"“”()—–]/.test(tokens[k]!.post)) break;
    }
  }
  // "turned to the council, calling the vote a disgrace": a participle after the adjuncts' comma is
  // the subject's next act, with a cue of its own, not what this verb reports.
  if (start >= frame.next && start > 0 && /,/.test(tokens[start - 1]!.post) && tagged(tokens[start], 'Gerund') && !tagged(tokens[start], 'Noun')) return null;
  // "said Sunday as the crowd roared": what follows is a circumstance of the saying; the words
  // said are elsewhere (a quotation before).
  if (CIRCUMSTANCE.has(word(tokens[start]))) return null;
  let content = toSentenceEnd(ctx, s, start);
  // A trailing ", which ..." or ", as ..." aside comments on the content rather than belonging to it.
  // A participle opening the sentence ("Never mentioning Sanders by name, Clinton ...") ends at its comma.
  // So does a relative clause set off from its noun: "Barkley, who said he votes Democratic, said ...".
  // So does a participle set off after a subject with no verb yet: "Smith, delivering the speech, asked ...".
  const openingWord = frame.cueFrom === 1 && PARTICIPLE_OPENERS.has(word(tokens[0]));
  const aside = !frame.subject && PARTICIPLES.test(word(t)) && frame.cueFrom > 0 && /,/.test(tokens[frame.cueFrom - 1]!.post) && !tokens.slice(0, frame.cueFrom).some((x) => tagged(x, 'Verb'));
  const opening = (frame.cueFrom === 0 && !frame.subject) || openingWord || aside || insideAside(tokens, frame.subject?.from);
  // "say that, even if ..., a recount ...": an aside right after "that" is inside the content.
  const from = word(tokens[start]) === 'that' ? start + 2 : start + 1;
  // "says Millennials, numbering 75 million, surpassed ...": a participle before the content has a verb describes its subject.
  let verbSeen = tokens.slice(start, from - 1).some((x) => tagged(x, 'Verb'));
  for (let k = from; content && k < tokens.length; k++) {
    verbSeen ||= tagged(tokens[k - 1], 'Verb');
    if (quoted(ctx, tokens[k]!)) continue;
    const comma = /[,—–]/.test(tokens[k - 1]!.post);
    // ", including ..." names more of what was said, not a new act.
    const participle = verbSeen && tagged(tokens[k], 'Gerund') && !tagged(tokens[k], 'Noun') && word(tokens[k]) !== 'including';
    // "said the plan, which the council drew up, was dead": a relative clause closed before its noun's verb is inside.
    const embedded = word(tokens[k]) === 'which' && resumes(tokens, k, tokens.length);
    // "Mr. Hale, citing ''the power of the union,'' said ...": the main clause's verb after the aside's closing comma.
    const mainVerb = () => !frame.subject && finiteCue(tokens, k);
    const aside = comma && ((TRAILING.has(word(tokens[k])) && !embedded) || opening || participle || mainVerb() || trailingAttribution(tokens, k) || (verbSeen && closingAppositive(tokens, k)));
    if (!aside && !/;/.test(tokens[k - 1]!.post) && !secondReport(tokens, k)) continue;
    if (tokens[k]!.span.start < content.end) content = trim(ctx.text, { start: content.start, end: tokens[k - 1]!.span.end });
    break;
  }
  // "While Obama has cautioned against X in ..., he has ordered ...": a cue in a leading subordinate
  // clause says no more than that clause; the main clause begins after the comma before its subject.
  const clauseEnd = content?.end;
  if (content) content = beforeMainClause(ctx, tokens, frame, content);
  // "economists who favor consumption taxes agree ...": the relative clause ends before the main verb.
  if (content) content = beforeMainVerb(ctx, tokens, frame, start, content);
  if (!content) return null;
  // "endorsed Trump and has appeared at his side ...": an object that is a thing ends with its phrase.
  let object: number | null = null;
  if (content && word(tokens[start]) !== 'that' && !/[“"]/.test(tokens[start]!.pre)) {
    let last = start;
    while (last + 1 < tokens.length && tokens[last + 1]!.span.start < content.end) last++;
    object = objectEnd(tokens, start, last);
    // 'credited the win to "a closed primary, something I ...": no cut inside a quotation that goes on.
    const quote = object !== null ? quoteAt(ctx.quotes, tokens[object]!.span.start) : undefined;
    if (quote && quote.end > tokens[object!]!.span.end + 2) object = null;
    if (object !== null) content = trim(ctx.text, { start: content.start, end: tokens[object]!.span.end });
  }
  // 'congratulated China on the "Two Sessions" and said ...': content cut after a quotation keeps its closing mark.
  if (content) content = { start: content.start, end: closingMark(ctx.text, content) };
  // "Right After This Senator Endorsed Trump, The Establishment ...": one noun cut off by the main
  // clause is an object ("Although Democrats objected strongly, the bill passed": an adverb is none).
  const cutObject = content !== null && content.end !== clauseEnd && tagged(tokens[start], 'Noun') && !tagged(tokens[start], 'Adverb', 'Adjective');
  // "75 percent said yes": a one-word answer is content too.
  if (content && ANSWERS.test(ctx.text.slice(content.start, content.end))) content = { start: content.start, end: content.start + ANSWERS.exec(ctx.text.slice(content.start, content.end))![1]!.length };
  // "Skywriters blast Trump": a name right after the cue is its object, one word as it may be.
  else if (!content || !hasWords(ctx.text, content, object === null && !cutObject && !tagged(tokens[start], 'ProperNoun') ? 2 : 1)) return null;
  const text = ctx.text.slice(content.start, content.end);
  return {
    source: rangeSpan(tokens, frame.subject),
    cue: cueSpan(frame),
    content: [content],
    kind: /^[“"]/.test(text) && /[”"]$/.test(text) ? 'direct' : 'indirect',
    addressee: rangeSpan(tokens, frame.addressee),
    reporters: [],
    sentence: s,
    rule: 'clause-after-cue',
    through: frame.next - 1,
  };
};

// 'calling him a "talented guy" when ...': a content cut right before a closing mark whose opening
// it holds takes the mark.
function closingMark(text: string, content: Span): number {
  // The mark may follow the quotation's own comma or full stop: 'called it "extremely careless," and'.
  const mark = /^[,.!?]?(?:[”"]|'')/.exec(text.slice(content.end, content.end + 3))?.[0] ?? '';
  if (!mark) return content.end;
  const inside = text.slice(content.start, content.end);
  const count = (re: RegExp): number => (inside.match(re) ?? []).length;
  const open = count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1 || count(/''/g) % 2 === 1;
  return open ? content.end + mark.length : content.end;
}

// ", the official news agency reported on Friday.": a closing attribution of its own is not content.
const SAYING = new Set(['said', 'says', 'reported', 'reports', 'added', 'told', 'wrote', 'noted', 'stated']);
function trailingAttribution(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 7); j++) {
    if (j > k && /[,;:—–]/.test(tokens[j - 1]!.post)) return false;
    if (SAYING.has(word(tokens[j])) && j > k) return tokens.length - j <= 5 && !tokens.slice(j, -1).some((x) => /[,;:—–]/.test(x.post));
  }
  return false;
}

// "announced it would cut 30,000 jobs, a mass layoff rivaling ...": a phrase in apposition to the
// whole clause, with no verb of its own to the sentence end, is the writer's comment.
function closingAppositive(tokens: readonly Token[], k: number): boolean {
  if (!/^(a|an)$/.test(word(tokens[k]))) return false;
  // "a day before the deadline" may be the speaker's; "a layoff rivaling ...", "a group that ..." comments.
  let comments = false;
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    comments ||= (tagged(t, 'Gerund') && !tagged(t, 'Noun')) || /^(that|which|who|whose)$/.test(word(t));
    if (tagged(t, 'Verb') && !tagged(t, 'Gerund', 'Participle') && !/ed$/.test(word(t)) && !tagged(t, 'Noun', 'Adjective') && !comments) return false;
    if (/[,;:—–]/.test(t.post)) break;
  }
  return comments;
}

// "said the plan would fail and suggested ...", "see Trump negatively while 61 percent say ...": a
// report joined by "and", "but", "while" or "whereas", by the same speaker or a new one, closes the
// content before it.
function secondReport(tokens: readonly Token[], k: number): boolean {
  if (!COORDINATORS.has(word(tokens[k])) && !CONTRASTS.has(word(tokens[k]))) return false;
  // "misspoke but noted that ...": a past tense before "that", whatever the tagger made of it.
  if (/ed$/.test(word(tokens[k + 1])) && word(tokens[k + 2]) === 'that') return true;
  for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) {
    const t = tokens[j]!;
    if (isCueVerb(tokens, j) && tagged(t, 'PastTense', 'PresentTense') && !tagged(t, 'Gerund')) return true;
    if (breaksAfter(t) || !tagged(t, 'Noun', 'Adjective', 'Determiner', 'Adverb', 'Auxiliary', 'Value') || tagged(t, 'Verb')) return false;
  }
  return false;
}

// A relative pronoun after a comma or dash opens an aside that ends at the next one.
function insideAside(tokens: readonly Token[], subject: number | undefined): boolean {
  if (subject === undefined || subject === 0 || !/^(who|which)$/.test(word(tokens[subject]))) return false;
  return /[,—–]/.test(tokens[subject - 1]!.post);
}

// Verbs whose object is often a clause with no "that": "who say the economy is ...".
const CLAUSE_VERBS = /^(?:say|said|says|think|thinks|thought|believe|believes|believed|know|knows|knew|feel|feels|felt|argue|argues|argued|claim|claims|claimed|insist|insists|insisted|expect|expects|expected|hope|hopes|hoped|fear|fears|feared|predict|predicts|predicted|warn|warns|warned|suggest|suggests|suggested|agree|agrees|agreed|admit|admits|admitted|suspect|suspects|suspected|worry|worries|worried|assume|assumes|assumed|report|reports|reported|show|shows|showed|find|finds|found|doubt|doubts|doubted|estimate|estimates|estimated|contend|contends|contended|note|notes|noted|acknowledge|acknowledges|acknowledged)$/;
const INNER_CLAUSE = new Set(['if', 'when', 'because', 'that', 'who', 'which', 'while', 'whether', 'than', 'unless', 'until', 'where', 'what', 'how', 'why']);
// Pronouns that are never a subject: "who know him say ...".
const NEVER_SUBJECT = new Set(['him', 'them', 'us', 'me']);

// "economists who favor consumption taxes agree that ...": a cue in a relative clause of the
// sentence's subject reports no more than its object; the main clause's verb comes after it.
function beforeMainVerb(ctx: Parameters<Rule>[0], tokens: readonly Token[], frame: ReturnType<typeof cueFrame>, start: number, content: Span): Span | null {
  const subject = frame.subject;
  if (!subject || subject.from !== subject.to || !/^(?:who|that)$/.test(word(tokens[subject.from]))) return content;
  if (subject.from === 0 || tokens.slice(0, subject.from).some((x) => finite(x) || breaksAfter(x))) return content;
  // "Officials who complained privately said ...": the main clause's verb right after the cue; nothing reported.
  if (finite(tokens[start]) && !tagged(tokens[start], 'Auxiliary', 'Modal')) return null;
  // "who say the economy is their top issue were divided", "who argue that the bill hurts workers voted
  // no": a reported clause keeps its own verb; "who know him say": an object pronoun opens none.
  let ownVerb = word(tokens[start]) === 'that' || (CLAUSE_VERBS.test(word(tokens[frame.cueTo])) && !NEVER_SUBJECT.has(word(tokens[start])) && newClause(tokens, start));
  for (let k = start + 1; k < tokens.length && tokens[k]!.span.start < content.end; k++) {
    const prev = tokens[k - 1]!;
    if (breaksAfter(prev) || quoted(ctx, tokens[k]!)) return content;
    // "they would be scared if the candidate won": a clause inside the content has its own verb.
    if (INNER_CLAUSE.has(word(prev))) ownVerb = true;
    if (!finite(tokens[k]) || tagged(prev, 'Auxiliary', 'Modal', 'Copula') || word(prev) === 'to') continue;
    // "if the school closed met the mayor": two verbs in a row, the second the main clause's.
    const ends = tagged(prev, 'Noun', 'Adjective') ? !tagged(prev, 'Pronoun') || OBJECT_PRONOUNS.has(word(prev)) : finite(prev) && tagged(prev, 'PastTense');
    if (tagged(prev, 'Verb') && !ends) continue;
    if (ownVerb) ownVerb = false;
    else if (ends) return trim(ctx.text, { start: content.start, end: prev.span.end });
  }
  return content;
}
