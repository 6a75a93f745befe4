// Relations between actors, one row per construction: the relations a sentence gives, exactly.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { at, docOf } from './doc.js';

type Row = [sentence: string, relations: string[]];

const rows: Row[] = [
  // the verb's subject acts on the name heading its object
  ['Pastor Bradley Cranston endorsed Senator Ted Cruz of Texas on Sunday.', ['endorsed: Bradley Cranston -> Ted Cruz']],
  ['Trump accused the Democratic Party of rigging the vote.', ['accused: Trump -> Democratic Party']],
  ['David Axelrod on Wednesday called on Howard Dean to apologize.', ['called_on: David Axelrod -> Howard Dean']],
  ['Governor Maria Lopez has repeatedly criticized President Obama for the delay.', ['criticized: Maria Lopez -> Obama']],
  ['Senator Ann Ward blasted Governor Tom Hale and Mayor Lee Park over the budget.', ['attacked: Ann Ward -> Tom Hale', 'attacked: Ann Ward -> Lee Park']],
  // the actor behind a title, a possessive or a description
  ['Clinton campaign spokesman Brian Fallon told The Washington Post that the ad would run.', ['told: Brian Fallon -> The Washington Post']],
  ['Sen. Lindsey Graham (R-S.C.) told The Huffington Post on Thursday that he had doubts.', ['told: Lindsey Graham -> The Huffington Post']],
  ['President Xi Jinping has talked to his US counterpart, Donald Trump, welcoming the news.', ['talked_with: Xi Jinping -> Donald Trump']],
  ['Xi Jinping thanked Donald Trump\'s good wishes.', ['thanked: Xi Jinping -> Donald Trump']],
  // a name that only modifies the object is no object
  ['Clinton criticized Tulsa, Okla., police officer Betty Shelby for the shooting.', ['criticized: Clinton -> Betty Shelby']],
  ['Clinton criticized Tulsa, Okla., police officers for the shooting.', []],
  ['He told a crowd in Cleveland that he was troubled.', []],
  ['French Prime Minister Manuel Valls told the Paris daily Liberation that divides must end.', []],
  ["And I tell the 'Bernie or Bust' people, if you're angry, stay home.", []],
  ['The governor visited Trump Tower on Monday.', []],
  ['Trump met with Republican House and Senate members on the Hill.', []],
  // phrases of conversation and sanction
  ['Chinese President Xi Jinping held phone talks with U.S. President Donald Trump on Friday.', ['talked_with: Xi Jinping -> Donald Trump']],
  ['Xi Jinping Holds Telephone Talks at Request with President Donald Trump of the US', ['talked_with: Xi Jinping -> Donald Trump']],
  ['In a phone call with Trump, Xi said the talks were useful.', ['talked_with: Xi -> Trump']],
  ['Xi, in a telephone conversation with Trump, said the talks were useful.', ['talked_with: Xi -> Trump']],
  ['Putin spoke by phone with Erdogan on Friday.', ['talked_with: Putin -> Erdogan']],
  ['Under pressure from Trump, Beijing has backed a series of United Nations sanctions against North Korea.', ['backed_sanctions_against: Beijing -> North Korea']],
  // acts to come, and acts that are not done
  ['After visiting Washington, Chung will head to China and Russia.', ['visited: Chung -> Washington', 'will_visit: Chung -> China', 'will_visit: Chung -> Russia']],
  ['Trump is expected to meet Kim in May.', ['will_meet: Trump -> Kim']],
  ['Trump is not expected to meet Kim.', []],
  ['Cruz did not endorse Trump.', []],
  ['Senator Ann Ward would never endorse Governor Tom Hale.', []],
  ['If Cruz endorses Trump, the party will unite.', []],
  ['China has long pushed for the US to meet North Korea.', []],
  ['I think when Donald Trump debates Hillary Clinton she will lose.', []],
  ['When Trump met Xi in April, the talks went well.', ['met: Trump -> Xi']],
  ['When pressed by the moderators, Sanders did apologize to Clinton.', ['apologized_to: Sanders -> Clinton']],
  ['Trump avoids condemning Russia in his speech.', []],
  ['Can Trump beat Clinton in November?', []],
  ['Trump denied that he had met Putin.', []],
  ['Trump backed lifting sanctions on Russia.', []],
  ['Cruz, once a fierce rival, endorsed Trump.', ['endorsed: Cruz -> Trump']],
  ['Asked whether he trusted Moscow, Trump praised Putin.', ['praised: Trump -> Putin']],
  ['Cruz said he was not going to act like a puppy and back Trump.', []],
  // the subject of a clause the act continues
  ['Trump spoke in Ohio and attacked Clinton.', ['attacked: Trump -> Clinton']],
  ['Clinton, who criticized Trump on Monday, met Sanders.', ['met: Clinton -> Sanders']],
  ['Ham explained why he backs Trump over Clinton.', ['supported: he -> Trump']],
  ['The ex-wife of Alan Grayson who filed reports against him blames Dena Grayson for the divorce.', []],
  ['She says Trump\'s tweets accusing Alicia Machado of lying are false.', []],
  // not an object: a name opening a clause of its own, a noun that only looks like the verb
  ['It also mentions policies she supported that Trump argues were a mistake.', []],
  ['Obama told aides Netanyahu would not budge.', []],
  ["Putin criticized Obama's successor.", []],
  ['Clinton and Trump are tied heading into their first debate.', []],
  ['The meeting with Putin was cancelled.', []],
];

function relations(sentence: string): string[] {
  const doc = docOf(sentence);
  return extractDocument(doc).relations.map((r) => `${r.type}: ${at(doc, r.subject)} -> ${at(doc, r.object)}`);
}

describe('relations', () => {
  it.each(rows)('%s', (sentence, expected) => {
    expect(relations(sentence)).toEqual(expected);
  });

  it('ties each relation to its cue and sentence', () => {
    const doc = docOf('The weather was fine. Xi told Trump by telephone that he was pleased.');
    const [r] = extractDocument(doc).relations;
    expect(r && at(doc, r.cue)).toBe('told');
    expect(r && at(doc, r.sentence)).toBe('Xi told Trump by telephone that he was pleased.');
  });

  it('cites only the sentence holding the cue where the parser ran past a quoted full stop', () => {
    const doc = docOf('Dana Reyes said that Lee thinks the plan is "dangerous." Lee, speaking in Ohio, criticized Ortiz.');
    const [r] = extractDocument(doc).relations;
    expect(r && at(doc, r.sentence)).toBe('Lee, speaking in Ohio, criticized Ortiz.');
  });

  it('cites a sentence opening on a quotation with its opening mark', () => {
    const doc = docOf('The vote was close.\n\n"The only poll that counts is on Tuesday," Reyes told Ortiz.');
    const [r] = extractDocument(doc).relations;
    expect(r && at(doc, r.sentence)).toBe('"The only poll that counts is on Tuesday," Reyes told Ortiz.');
  });

  it('dates a relation by its sentence, else by its document', () => {
    const doc = docOf('On March 9, 2018, Xi told Trump that he was pleased. Trump thanked Xi.', '2018-03-10');
    expect(extractDocument(doc).relations.map((r) => r.date)).toEqual(['2018-03-09', '2018-03-10']);
  });
});
