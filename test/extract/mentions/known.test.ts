import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index.js';
import { docOf } from '../doc.js';

/** How the document reads the `nth` mention written `word`: its type and the name it stands for. */
function reading(text: string, word: string, nth = 0): [string, string | undefined] | undefined {
  const m = extractDocument(docOf(text)).mentions.filter((x) => x.text === word)[nth];
  return m && [m.type, m.canonical];
}

describe("a country's or capital's name that is a person's surname", () => {
  it.each([
    // inside a full name it is the surname, and alone in that document the person
    ['Spokeswoman Ana Lima said the talks would resume. Lima said both sides were tired.', 'Lima', 0, ['person', undefined]],
    ['Rep. Jim Jordan said the bill was dead. Jordan said he would vote no.', 'Jordan', 0, ['person', undefined]],
    ['Actor Denzel Washington said the film was good. Washington said he was proud.', 'Washington', 0, ['person', undefined]],
    // where something happens it is still the city
    ['Spokeswoman Ana Lima said the flights were full. She flew to Lima on Monday.', 'Lima', 0, ['place', 'Lima']],
    // with no person of that name it stands for its country
    ['Lima said it would not pay the debt.', 'Lima', 0, ['place', 'Peru']],
    ['Washington warned Beijing on Monday. Beijing said it would respond.', 'Beijing', 1, ['place', 'China']],
    // a first name and the word open a longer name, no person's
    ['George Washington University raised its fees. Washington warned Beijing on Monday.', 'Washington', 0, ['place', 'United States']],
  ])('%s reads %s (%i) as %j', (text, word, nth, expected) => {
    expect(reading(text, word, nth)).toEqual(expected);
  });

  it.each([
    ['Spokeswoman Ana Lima said the talks would resume.', 'Ana Lima'],
    ['Rep. Jim Jordan said the bill was dead.', 'Jim Jordan'],
  ])('%s names the person %s', (text, name) => {
    expect(extractDocument(docOf(text)).mentions.filter((m) => m.type === 'person' && m.kind === 'name').map((m) => m.text)).toEqual([name]);
  });
});
