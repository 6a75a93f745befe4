// The edges of a speaker phrase as annotators draw them: no dateline, no opening time phrase or
// adverb, nothing before a pronoun, no day after the name, no "himself"; a bracket or a quotation it opens is closed.
import type { Span } from '../../core/index.js';

// "WASHINGTON -- President Obama", "Saturday — Sanders": a dateline or a time set off by a dash.
const DATELINE = /^(?:\p{Lu}[\p{Lu}.,' ]*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*(?:--|—|–|―)\s*/u;
// "Earlier Tuesday, his campaign manager, Jeff Weaver": a time or place opening the sentence.
const OPENER = /^(?:earlier|later|meanwhile|still|also|now|then|on|in|at|last|this|after|before|during|by|with|since|until|over)\b[^,]{0,40},\s*/i;
// "Then someone asked", "Perhaps the moderators will demand": an adverb of the clause, not the speaker's.
const LEAD_ADVERB = /^(?:then|perhaps|meanwhile|so|instead|finally)\s+(?=\p{L})/iu;
// "this time he", "Recently she", "Now you": a pronoun takes no words before it; those are the clause's.
const PRONOUN_LAST = /^(?:(?:this|that|now|recently|then|but|and|so|yet|still|also|later|earlier|today|yesterday|tonight|here|there|again|once|at|first|last|next|week|year|month|night|morning|afternoon|evening|instead|meanwhile|perhaps|even|indeed|however|too|lately|time|soon)\s+){1,3}(he|she|they|we|you|I)$/iu;
// "Donald Trump on Thursday", "a report on Wednesday": the day is the saying's, not the speaker's.
const DAY_AFTER = /\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})$/u;
// "Sanders himself, who was not there": the reflexive and all after it only stress the name.
const REFLEXIVE = /^(.+?)\s+(?:himself|herself|themselves)\b/u;

/**
 * The speaker span without a leading dateline, time phrase or adverb and without a stressing reflexive,
 * with the bracket it opens closed.
 */
export function trimSpeaker(text: string, source: Span): Span {
  let { start, end } = source;
  const phrase = () => text.slice(start, end);
  for (const edge of [DATELINE, OPENER, LEAD_ADVERB]) {
    const m = edge.exec(phrase());
    if (m && /\p{L}/u.test(phrase().slice(m[0].length))) start += m[0].length;
  }
  const pronoun = PRONOUN_LAST.exec(phrase());
  if (pronoun) start = end - pronoun[1]!.length;
  const day = DAY_AFTER.exec(phrase());
  // ("Clinton, who spoke in Ohio on Tuesday" keeps the day of its aside.)
  if (day && /\p{L}/u.test(phrase().slice(0, day.index)) && !/,/.test(phrase())) end = start + day.index;
  const reflexive = REFLEXIVE.exec(phrase());
  // "a reader calling himself Old Sam": after a verb the reflexive is its object.
  if (reflexive && !/(?:ing|ed)$/.test(reflexive[1]!)) end = start + reflexive[1]!.length;
  // "Sen. David Perdue (R-Ga.)": a bracket the phrase opens closes with it.
  const open = (phrase().match(/\(/g) ?? []).length - (phrase().match(/\)/g) ?? []).length;
  const close = open > 0 ? /^[^\s()]{0,3}\)/.exec(text.slice(end)) : null;
  if (close) end += close[0].length;
  // 'the star of "The Apprentice,"': so does a quoted title.
  const quotes = (phrase().match(/["“”]/g) ?? []).length;
  const closing = quotes % 2 === 1 && /["“]/.test(phrase()) ? /^,?["”]/.exec(text.slice(end)) : null;
  if (closing) end += closing[0].length;
  return { start, end };
}
