import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index.js';
import { docOf } from '../doc.js';

/** The people named in a text, as the mentions write them. */
function people(text: string): string[] {
  return extractDocument(docOf(text))
    .mentions.filter((m) => m.type === 'person' && m.kind === 'name')
    .map((m) => m.text);
}

describe('name mentions', () => {
  it.each([
    ['In June Pat Roe said the plan was sound.', 'Pat Roe'],
    ["Ohio’s John Kasich spoke on Monday.", 'John Kasich'],
    ['Ohio Governor John Kasich spoke on Monday.', 'John Kasich'],
    ['House Speaker Paul Ryan spoke on Monday.', 'Paul Ryan'],
    ['Former Secretary of State Jane Doe spoke first.', 'Jane Doe'],
    ['Mayor Bill de Blasio spoke at City Hall.', 'Bill de Blasio'],
    ['Senators Marco Rubio and Ted Cruz voted no.', 'Marco Rubio'],
    ['Speaker Paul D. Ryan spoke on Monday.', 'Paul D. Ryan'],
    ['The opinion of Chief Justice John Roberts was long.', 'John Roberts'],
    ['Secretary of State John F. Kerry said so.', 'John F. Kerry'],
    // a company's name and an executive's title before the name
    ['Tesla CEO Elon Musk said the cars would ship in June.', 'Elon Musk'],
    ['Zandora CEO Odo Varnell said profits rose.', 'Odo Varnell'],
    ['Tesla founder Odo Varnell said profits rose.', 'Odo Varnell'],
    ['Google chief executive Odo Varnell said profits rose.', 'Odo Varnell'],
    ['Tesla Chief Executive Odo Varnell said profits rose.', 'Odo Varnell'],
    // a justice, with the court before the title
    ['Supreme Court Justice Ruth Bader Ginsburg said the ruling was wrong.', 'Ruth Bader Ginsburg'],
    ['Justice Anthony Kennedy wrote that the law stood.', 'Anthony Kennedy'],
    ['Associate Justice Ola Ade said nothing.', 'Ola Ade'],
    // a name made a modifier before the name
    ['The Indiana-born judge Gonzalo Curiel ruled on Monday.', 'Gonzalo Curiel'],
    ['Oscar-winner Odo Varnell said the film was good.', 'Odo Varnell'],
  ])('%s names %s', (text, name) => {
    expect(people(text)).toContain(name);
  });

  it.each([
    ['The Supreme Court ruled against the plan.'],
    ['If Obama wins, we lose.'],
    ['The Justice Ministry said the law would change.'],
    ['The Justice Department said the case was closed.'],
  ])('%s names no one by a partial or padded name', (text) => {
    expect(people(text).filter((p) => /Court|If |Ministry|Department/.test(p))).toEqual([]);
  });

  it.each([
    ['A Rubio-style plan was hailed by the council.'],
    ['Ohio-based firms and U.S.-led forces and Islamic State-linked groups were named.'],
    ['The Obama-era rule was dropped.'],
  ])('%s names nothing by a name made a modifier', (text) => {
    expect(extractDocument(docOf(text)).mentions.filter((m) => m.kind === 'name').map((m) => m.text)).toEqual([]);
  });
});

describe('name mentions of months', () => {
  it('names no one by a month alone', () => {
    expect(people('In April, the council voted. April Ryan asked a question.')).toEqual(['April Ryan']);
  });

  it.each([
    // the subject of a verb with a tense, which the modal "may" never has after it
    ['May wrote to the council on Friday.', ['May']],
    ['"We will not give in," May said on Friday.', ['May']],
    ['On Monday, May told her cabinet to prepare.', ['May']],
    ['May has also said the deal is good.', ['May']],
    ['Prime Minister May will meet the council on Friday.', ['May']],
    // a date: after a preposition or date word, before a number, in a list of months, or the subject of a date's verb
    ['In May, the council voted.', []],
    ['The report released in May said costs rose.', []],
    ['Sales for May rose by 3 percent.', []],
    ['Last May voters went to the polls.', []],
    ['May 5 was a Friday.', []],
    ['April and May saw heavy rain.', []],
    ['May was the warmest month on record.', []],
    ['May will bring more rain.', []],
    ['May has been the wettest month.', []],
    // with no person May named in the document, only speaking makes one
    ['May proved the wettest month since records began, forecasters said.', []],
    ['Spring was cold and May arrived with heavy rain.', []],
    ['Theresa May met the council. May proved a tough negotiator.', ['Theresa May', 'May']],
    // the modal: before a verb without tense, or in a headline's capitals
    ['May be the vote will pass.', []],
    ['Voters May Have Their Say', []],
    // a month no one is called by alone
    ['April said she was tired.', []],
  ])('%s names %j', (text, names) => {
    expect(people(text)).toEqual(names);
  });
});

describe('organizations named after a person or by one word', () => {
  /** The organizations named in a text, as the mentions write them, with the name each stands for. */
  function organizations(text: string): string[] {
    return extractDocument(docOf(text))
      .mentions.filter((m) => m.type === 'organization' && m.kind === 'name')
      .map((m) => (m.canonical && m.canonical !== m.text ? `${m.text} (${m.canonical})` : m.text));
  }

  it.each([
    // a name ending in an organization's word is one, whoever it is named after
    ['The Ada Lovell Foundation gave money to the school.', [], ['Ada Lovell Foundation']],
    ['Emerson College polled voters in Ohio.', [], ['Emerson College']],
    // a name opening with one, though the document also writes its last word alone
    ['Santander said profits rose. The lender, Banco Santander, has branches in Spain.', [], ['Santander (Banco Santander)', 'Banco Santander']],
    ['Telekom said it would cut jobs. Deutsche Telekom employs thousands.', [], ['Telekom (Deutsche Telekom)', 'Deutsche Telekom']],
    // the one word an organization's name is shortened to, where it names the organization
    ['Santander Bank opened a branch. Santander said the branch was busy.', [], ['Santander Bank', 'Santander (Santander Bank)']],
    ['Shares of Valeant Pharmaceuticals fell. The board of Valeant met on Monday.', [], ['Valeant Pharmaceuticals', 'Valeant (Valeant Pharmaceuticals)']],
    // a word the document describes as an organization's
    ['Santander, the Spanish lender, said profits rose.', [], ['Santander']],
    ["Santander's chief executive said profits rose.", [], ['Santander']],
    ['Voters liked the plan. Morgan, the Welsh lender, said profits rose.', [], ['Morgan']],
    // people stay people: a surname no organization's word ends, a person named in full, one described as a person
    ['Samantha Power said the vote was close.', ['Samantha Power'], []],
    ['Ada Lovell runs Lovell Partners. Lovell said the fund would close.', ['Ada Lovell', 'Lovell'], ['Lovell Partners']],
    ['Theresa May met the board of Lloyds Bank. May said the talks went well.', ['Theresa May', 'May'], ['Lloyds Bank']],
    ['Voters liked the plan. Morgan, the hedge fund manager, said profits rose.', ['Morgan'], []],
    ['Voters liked the plan. Brown, the chairman of the company, said profits rose.', ['Brown'], []],
    // an adjective or a common word opening an organization's name is no name of it alone
    ['The Democratic Party met. Democratic senators said no.', [], ['Democratic Party']],
    ['The Crime Statistics Bureau counts murders. Crime experts say the count is low.', [], ['Crime Statistics Bureau']],
    // companies the gazetteer knows, not inside a longer name
    ['Morgan Stanley said profits rose.', [], ['Morgan Stanley']],
    ['Tesla said deliveries rose on Monday.', [], ['Tesla']],
    ['The Wells Fargo Center hosted the convention.', [], ['Wells Fargo Center']],
    // the town an institution is named after, and a word joined to another name by "for"
    ['The Erie Times reported the vote. Turnout around Erie was high.', [], ['Erie Times']],
    ['The Erie Times reported the vote. Crowds filled a hall in Erie, Pennsylvania, on Monday.', [], ['Erie Times']],
    ['Zandora Corps released a poll. The mayor won the backing of Zandora for Workers on Monday.', [], ['Zandora Corps']],
    // the company before an executive's title, and the person after it
    ['Tesla CEO Elon Musk said the cars would ship in June.', ['Elon Musk'], ['Tesla']],
    ['Ford CEO Odo Varnell said sales rose.', ['Odo Varnell'], ['Ford']],
    ['Tesla Chief Executive Odo Varnell said profits rose.', ['Odo Varnell'], ['Tesla']],
    ['Zandora Pharmaceuticals cut jobs. Zandora CEO Odo Varnell said the cuts were needed.', ['Odo Varnell'], ['Zandora Pharmaceuticals', 'Zandora (Zandora Pharmaceuticals)']],
    // a place's name going on to an organization's word names that organization
    ['Brussels Airlines said flights would resume on Monday.', [], ['Brussels Airlines']],
    ['London Business School said applications rose.', [], ['London Business School']],
    ['Staff at Japan Airlines went on strike.', [], ['Japan Airlines']],
    // a surname of a person the document names, where the tagger knows a company by it
    ['Gerald Ford spoke in 1975. Ford said the nation was healing.', ['Gerald Ford', 'Ford'], []],
    ['Gerald Ford spoke in 1975. Ford’s aides said the nation was healing.', ['Gerald Ford', 'Ford'], []],
    // unless no such person is named, the document shows the company, or the word qualifies a noun
    ['Ford said its sales rose in March.', [], ['Ford']],
    ['Gerald Ford toured the plant. The automaker Ford said sales rose.', ['Gerald Ford'], ['Ford']],
    ["Gerald Ford toured the plant. Ford's shares rose on Monday.", ['Gerald Ford'], ['Ford']],
    ['Gerald Ford toured the plant. Ford, the carmaker, said sales rose.', ['Gerald Ford'], ['Ford']],
    ['Gerald Ford toured Ford Motor. Ford said sales rose.', ['Gerald Ford'], ['Ford Motor (Ford Motor Company)', 'Ford']],
    // a body named after the one who leads it is an organization of its own
    ['Gerald Ford spoke in 1975. The Ford administration cut taxes.', ['Gerald Ford'], ['Ford administration']],
    ['Donald Trump spoke. The Trump campaign said the rally would go ahead. Trump said he was pleased.', ['Donald Trump', 'Trump'], ['Trump campaign']],
    ["The Clinton campaign said the ad would air. Clinton's aides agreed.", ['Clinton'], ['Clinton campaign']],
    ["Trump's campaign said the rally would go ahead.", [], ["Trump's campaign (Trump campaign)"]],
    ["Robert F. Kennedy Jr.'s campaign said it would appeal.", [], ["Robert F. Kennedy Jr.'s campaign (Kennedy campaign)"]],
    ['The Zandor Motors campaign said sales rose.', [], ['Zandor Motors']],
    ["Barack Obama spoke. Obama’s administration said the rule would change.", ['Barack Obama'], ['Obama’s administration (Obama administration)']],
  ])('%s names people %j and organizations %j', (text, persons, orgs) => {
    expect(people(text)).toEqual(persons);
    expect(organizations(text)).toEqual(orgs);
  });
});

describe('surname mentions', () => {
  it.each([
    ['Pollster Pat Caddell spoke on Thursday. Caddell said health was at the forefront.', ['Pat Caddell', 'Caddell']],
    ['Director Ava DuVernay spoke first. DuVernay said the film was done.', ['Ava DuVernay', 'DuVernay']],
    ['Mr. King said the vote was close.', ['King']],
    ['Mr. Speaker, I yield back the rest of my time.', []],
    ['When Trump spoke, the crowd cheered.', ['Trump']],
    ['If Trump wins, the party will split.', ['Trump']],
    // a surname opening a longer name, or a phrase of common nouns, is part of it
    ['Pat Caddell spoke. He read the Caddell Report.', ['Pat Caddell']],
    ['Andrew Young spoke. Young voters said they would stay home.', ['Andrew Young']],
    // a family name written first, before a hyphenated given name
    ['Trade Minister Park Ji-hoon welcomed the deal. Park said the talks went well.', ['Park Ji-hoon', 'Park']],
    ['Foreign Minister Moon Seo-yeon spoke first. "We made progress," Moon said.', ['Moon Seo-yeon', 'Moon']],
  ])('%s names %j', (text, names) => {
    expect(people(text)).toEqual(names);
  });
});

describe('names the tagger does not know as names', () => {
  it.each([
    // the document names them by the last word alone, or the name speaks
    ['Strategist Odo Varnell spoke first. Later, Varnell said the race was close.', ['Odo Varnell', 'Varnell']],
    ['Odo Varnell, a pollster in Ohio, said the race was close.', ['Odo Varnell']],
    ['Odo Varnell, who ran the count, said the race was close. He met Odo Varnell again.', ['Odo Varnell', 'Odo Varnell']],
    ['A spokesman for the council, Odo Varnell, said the race was close.', ['Odo Varnell']],
    // a company speaks as a person does: speaking is no evidence
    ['Deutsche Telekom said profits rose.', []],
    // no evidence, or words of the language, groups and hyphenated places
    ['Odo Varnell walked in.', []],
    ['Supreme Court said the law stands.', []],
    ['Rohingya Muslims said they had fled.', []],
    ['Baden-Württemberg said the roads were closed.', []],
  ])('%s names %j', (text, names) => {
    expect(people(text)).toEqual(names);
  });
});

describe('datelines', () => {
  it.each([
    ['WASHINGTON — President Barack Obama said the plan would pass.', ['Barack Obama']],
    ['LAS VEGAS (AP) — Donald Trump told supporters the race was close.', ['AP', 'Donald Trump']],
    ['BERLIN (Reuters) - Chancellor Angela Merkel said the talks went well.', ['Reuters', 'Angela Merkel']],
    // with the filing date
    ['NAIROBI, Aug. 5, 2025 (Reuters) - Minister Jane Otieno said aid would come.', ['Reuters', 'Jane Otieno']],
    ['PORTO ALEGRE, Brazil, June 8, 2025 - Mayor Ana Souza said the march was peaceful.', ['Ana Souza']],
    // an abbreviation opening a headline is no dateline
    ['US - China trade talks resume in Beijing.', ['US', 'China', 'Beijing']],
    // an aside between dashes after a name is no dateline
    ['NATO — the 32-member alliance — said the jets were Russian.', ['NATO']],
  ])('%s names %j', (text, names) => {
    expect(extractDocument(docOf(text)).mentions.map((m) => m.text)).toEqual(names);
  });
});

describe('a person behind a party label or a possessive', () => {
  it.each([
    ['Utah Republican Mike Lee said the bill was dead.', ['Mike Lee']],
    ['Francois Hollande spoke on Monday. Hollande’s office said the talks went well.', ['Francois Hollande', 'Hollande']],
    ['The Republican National Committee said the bill was dead.', []],
  ])('%s names %j', (text, names) => {
    expect(people(text)).toEqual(names);
  });
});

describe('capitals standing for their government', () => {
  /** How the document reads `word`: its type and the name it stands for. */
  function reading(text: string, word: string): [string, string | undefined] | undefined {
    const m = extractDocument(docOf(text)).mentions.find((x) => x.text === word);
    return m && [m.type, m.canonical];
  }

  it.each([
    // a country's capital stands for it wherever it is not the place something happens in
    ['Washington warned Beijing on Monday.', 'Washington', ['place', 'United States']],
    ["Washington's allies were not told.", 'Washington', ['place', 'United States']],
    ['The envoy flew home after visiting Washington.', 'Washington', ['place', 'Washington']],
    // a city stands for an organization when it acts
    ['Brussels warned London that the deal was off.', 'Brussels', ['organization', 'European Union']],
    ['Brussels has also said it will not reopen the deal.', 'Brussels', ['organization', 'European Union']],
    ['London and Brussels agreed on a deal.', 'Brussels', ['organization', 'European Union']],
    // and is the city where it does not
    ['A summit in Brussels ended on Friday.', 'Brussels', ['place', 'Brussels']],
    ['The Brussels attacks killed dozens of people.', 'Brussels', ['place', 'Brussels']],
    ['Paris and Brussels were hit by attacks.', 'Brussels', ['place', 'Brussels']],
    ['Brussels was rocked by explosions.', 'Brussels', ['place', 'Brussels']],
    ['Brussels is a city of a million people.', 'Brussels', ['place', 'Brussels']],
    ['Brussels has become a target for attacks.', 'Brussels', ['place', 'Brussels']],
    ['Brussels remained on high alert on Tuesday.', 'Brussels', ['place', 'Brussels']],
    ['Brussels Airport reopened on Sunday.', 'Brussels', ['place', 'Brussels']],
    // and names no place where its name goes on to an organization's
    ['Brussels Airlines said flights would resume.', 'Brussels', undefined],
    ['London Business School said applications rose.', 'London', undefined],
    // nor where the organization's name goes on after "of"
    ['The U.S. Department of Justice sued the city.', 'U.S.', ['place', 'United States']],
  ])('%s reads %s as %j', (text, word, expected) => {
    expect(reading(text, word)).toEqual(expected);
  });
});

describe('the place or organization a title inside a name is of', () => {
  it.each([
    ['Ohio Governor Odo Varnell said the vote was close.', ['Ohio: place', 'Odo Varnell: person']],
    ['Former New York City Mayor Odo Varnell spoke first.', ['New York City: place', 'Odo Varnell: person']],
    ['Zandora News Executive Chairman Odo Varnell spoke first.', ['Zandora News: organization', 'Odo Varnell: person']],
  ])('%s names %j', (text, names) => {
    expect(extractDocument(docOf(text)).mentions.filter((m) => m.kind === 'name').map((m) => `${m.text}: ${m.type}`)).toEqual(names);
  });
});

describe('titles and surnames the tagger reads as something else', () => {
  it.each([
    ['Councilwoman Nora Vance said the poll was wrong.', ['Nora Vance: person']],
    ['Councilman Ted Okoro said the vote was close.', ['Ted Okoro: person']],
    ['District Judge Alice Morrow wrote that the case was weak.', ['Alice Morrow: person']],
    ['Chancellor of the Exchequer Tom Hale said the figures were sound.', ['Tom Hale: person']],
    ['Assemblywoman Nora Vance said the bill would pass.', ['Nora Vance: person']],
    ['Conservative Nora Vance won the seat.', ['Nora Vance: person']],
    // a first name before a surname that also ends places' names
    ['The leader of the opposition, Alice Marsh, said the vote was rigged.', ['Alice Marsh: person']],
    ['Fiona Hill said the call had worried her.', ['Fiona Hill: person']],
    ['Charlotte Street was closed for repairs.', ['Charlotte Street: place']],
  ])('%s names %j', (text, names) => {
    expect(extractDocument(docOf(text)).mentions.filter((m) => m.kind === 'name').map((m) => `${m.text}: ${m.type}`)).toEqual(names);
  });
});

describe('names in a headline, where every word is capitalised', () => {
  it.each([
    ['Health Agency Warns of Late Frost, Urges Caution\n\nThe agency said frost was near.', ['Health Agency: organization']],
    ['Crowds Gather Against Fare Rise in Northern Town\n\nCrowds gathered on Sunday.', []],
    ['Protests Spread From Zandorville To Northern Town\n\nCrowds gathered on Sunday.', ['Zandorville: place']],
    // outside a headline the words stay, as in a line of names in the body whose surnames are verbs
    ['The blog Health Agency Warns was closed on Monday.', ['Health Agency Warns: organization']],
    // a headline's name may end in a word that is a verb too
    ['Zandor Power Wins Contract for Ten New Plants\n\nThe firm said so.', ['Zandor Power: organization']],
    ['Backers\n\nIowa: Jeff Link, Troy Price, Christopher Rants, Maureen Manning', ['Jeff Link: person', 'Troy Price: person', 'Christopher Rants: person', 'Maureen Manning: person']],
  ])('%j names %j', (text, names) => {
    expect(extractDocument(docOf(text)).mentions.filter((m) => m.kind === 'name').map((m) => `${m.text}: ${m.type}`)).toEqual(names);
  });
});

describe('a month after an article, before a name', () => {
  it.each([
    ['A September Zandor Herald poll found the race was close.', ['Zandor Herald: organization']],
    ['The March Zandor Herald survey found the race was close.', ['Zandor Herald: organization']],
  ])('%s names %j', (text, names) => {
    expect(extractDocument(docOf(text)).mentions.filter((m) => m.kind === 'name').map((m) => `${m.text}: ${m.type}`)).toEqual(names);
  });
});
