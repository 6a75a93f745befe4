import { describe, expect, it } from 'vitest';
import { resolvedName, namesOf, resolveTexts, rolesOf } from './resolve-fixture.js';

const HILLARY = 'Hillary Clinton spoke in Des Moines on Monday. Clinton said the plan would create jobs.';
const BILL = 'Former President Bill Clinton campaigned in Ohio. Clinton said the economy was stronger.';
const BARE = 'At a rally in Denver, Clinton said voters wanted change.';

describe('resolveDocuments: a lone surname', () => {
  it.each([
    ['goes to the full name written in its own document', [HILLARY, BILL], 1, 'Clinton', 'Bill Clinton'],
    ['goes to the full name in its own document, the other way round', [BILL, HILLARY], 1, 'Clinton', 'Hillary Clinton'],
    ['joins the one person the batch knows by it', [HILLARY, BARE], 1, 'Clinton', 'Hillary Clinton'],
    ['stays apart when two people share it', [HILLARY, BILL, BARE], 2, 'Clinton', 'Clinton'],
    ['joins the one of two the batch writes in full ten times as often as the other', [...Array<string>(20).fill(HILLARY), BILL, BARE], 21, 'Clinton', 'Hillary Clinton'],
    ['stays apart when the other is written in full more than a tenth as often', [...Array<string>(20).fill(HILLARY), BILL, BILL, BILL, BARE], 23, 'Clinton', 'Clinton'],
    ['in capitals stays apart when two people share it', [HILLARY, BILL, 'CLINTON said voters wanted change.'], 2, 'CLINTON', 'Clinton'],
    ['that is a month goes to the full name written in its own document', ['Theresa May met the council in Leeds. May said the talks went well.'], 0, 'May', 'Theresa May'],
    ['written first, before a hyphenated given name, goes to the full name', ['Trade Minister Park Ji-hoon welcomed the deal. Park said the talks went well.'], 0, 'Park', 'Park Ji-hoon'],
    ['that is a month joins the one person the batch knows by it', ['Theresa May met the council in Leeds.', '"We will not give in," May said on Friday.'], 1, 'May', 'Theresa May'],
  ])('%s', (_what, texts, doc, text, expected) => {
    expect(resolvedName(resolveTexts(texts), doc, text)).toBe(expected);
  });

  it.each([
    ['without another Clinton in its document', 'At a rally in Denver, Clinton said voters wanted change.', 'Hillary Clinton'],
    ['with Bill Clinton written in its document', 'Bill Clinton spoke in Denver. Clinton said voters wanted change.', 'Bill Clinton'],
    ['in capitals', 'CLINTON SAYS VOTERS WANT CHANGE\n\nVoters want change, she said.', 'Hillary Clinton'],
  ])('in capitals and mixed case across documents: %s', (_what, text, expected) => {
    const batch = resolveTexts(['HILLARY CLINTON ON JOBS\n\nHillary Clinton said wages must rise.', text]);
    const word = text.startsWith('CLINTON') ? 'CLINTON' : 'Clinton';
    expect(resolvedName(batch, 1, word)).toBe(expected);
    expect(namesOf(batch, 'person').filter((n) => /clinton/i.test(n))).toEqual(expected === 'Bill Clinton' ? ['Bill Clinton', 'Hillary Clinton'] : ['Hillary Clinton']);
  });

  it('goes to the person written in full first when two in its document share it', () => {
    const text = `${HILLARY} Hillary Clinton thanked her husband, Bill Clinton. Hillary Clinton left. Clinton said more later.`;
    expect(resolvedName(resolveTexts([text]), 0, 'Clinton', 1)).toBe('Hillary Clinton');
  });

  it.each([
    [
      'in its document, to the one of two written with its title',
      ['Hillary Clinton spoke in Ohio. Her husband, former President Bill Clinton, sat nearby. Hillary Clinton thanked him. Former President Clinton waved.'],
      0,
      0,
      'Bill Clinton',
    ],
    [
      'across documents, to the one of two written with its title',
      ['President Barack Obama spoke in Ohio.', 'Michelle Obama spoke in Iowa.', 'In Denver, President Obama said jobs were coming. Obama left at noon.'],
      2,
      0,
      'Barack Obama',
    ],
    [
      'after a titled mention, to the same person in the rest of its document',
      ['President Barack Obama spoke in Ohio.', 'Michelle Obama spoke in Iowa.', 'In Denver, President Obama said jobs were coming. Obama left at noon.'],
      2,
      1,
      'Barack Obama',
    ],
    [
      'to the one the batch gives the title to, over the one written in its document',
      ['Former Secretary of State Hillary Clinton spoke in Iowa.', 'Former President Bill Clinton spoke in Ohio. Later, Secretary Clinton said the plan was sound.'],
      1,
      0,
      'Hillary Clinton',
    ],
    [
      'to the one written with the title in its document',
      ['Gov. Jim Smith spoke in Iowa.', 'Gov. Jim Smith spoke in Ohio.', 'Gov. Ann Smith of Utah spoke on Monday. Gov. Smith said the plan was sound.'],
      2,
      0,
      'Ann Smith',
    ],
  ])('goes by title %s', (_what, texts, doc, nth, expected) => {
    const word = ['Clinton', 'Obama', 'Smith'].find((w) => texts[doc]!.includes(w))!;
    expect(resolvedName(resolveTexts(texts), doc, word, nth)).toBe(expected);
  });

  it('joins a person already stored when no other shares it', () => {
    const first = resolveTexts([HILLARY]);
    const later = resolveTexts([BARE], first.entities);
    const hillary = first.entities.find((e) => e.name === 'Hillary Clinton')!;
    expect(later.documents[0]!.mentions.find((m) => m.mention.text === 'Clinton')?.entityId).toBe(hillary.id);
  });

  it('stays apart when the store knows two people by it', () => {
    const first = resolveTexts([HILLARY, BILL]);
    const later = resolveTexts([BARE], first.entities);
    expect(resolvedName(later, 0, 'Clinton')).toBe('Clinton');
  });
});

describe('resolveDocuments: a lone word beside an organization named with it', () => {
  it.each([
    ['goes to the organization when no one is known by it', ['Morgan Partners manages the fund. Morgan said the fund would close.'], 0, 'Morgan', 'Morgan Partners'],
    ['stays a person after a courtesy title', ['Morgan Partners manages the fund. Mr. Morgan said the fund would close.'], 0, 'Morgan', 'Morgan'],
    ['stays a person the document gives a title', ['Chancellor Hammond met executives of Hammond Power Solutions. Hammond said the plan would work.'], 0, 'Hammond', 'Hammond'],
    ['stays the person named in full in its document', ['Kate Morgan runs Morgan Partners. Morgan said the fund would close.'], 0, 'Morgan', 'Kate Morgan'],
    ['stays the one person the batch knows by it', ['Kate Morgan spoke in Iowa.', 'Morgan Partners manages the fund. Morgan said the fund would close.'], 1, 'Morgan', 'Kate Morgan'],
    ['goes to the organization an opening word names', ['Santander said profits rose. The lender, Banco Santander, has branches in Spain.'], 0, 'Santander', 'Banco Santander'],
  ])('%s', (_what, texts, doc, text, expected) => {
    expect(resolvedName(resolveTexts(texts), doc, text)).toBe(expected);
  });

  it('makes no person of an organization the document describes as one', () => {
    const batch = resolveTexts(['Telekom said it would cut jobs. Deutsche Telekom employs thousands.', 'Santander, the Spanish lender, said profits rose.']);
    expect(namesOf(batch, 'person')).toEqual([]);
    expect(namesOf(batch, 'organization')).toEqual(['Deutsche Telekom', 'Santander']);
  });
});

describe('resolveDocuments: case and spacing', () => {
  it('makes one person of a name in capitals and in mixed case, named in mixed case', () => {
    const batch = resolveTexts(['HILLARY CLINTON ON THE ECONOMY\n\nHillary Clinton said on Tuesday that wages must rise.']);
    expect(namesOf(batch, 'person')).toEqual(['Hillary Clinton']);
    expect(batch.entities.find((e) => e.name === 'Hillary Clinton')!.aliases).not.toContain('HILLARY CLINTON');
  });

  it('writes a place named in capitals in a headline as the body writes it', () => {
    const batch = resolveTexts(['VOTERS IN IOWA\n\nVoters in Iowa went to the caucuses.', 'Iowa Democrats met on Sunday.']);
    expect(namesOf(batch, 'place').filter((n) => /iowa/i.test(n))).toEqual(['Iowa']);
  });

  it('writes a person named only in capitals as names are written', () => {
    const batch = resolveTexts(['By JANE DOE\n\nThe council met on Friday.']);
    expect(namesOf(batch, 'person')).toContain('Jane Doe');
  });

  it('makes one person of a name written with a non-breaking space', () => {
    const batch = resolveTexts(['Ted Cruz spoke in Houston.', 'Ted\u00a0Cruz spoke in Dallas.']);
    expect(namesOf(batch, 'person')).toEqual(['Ted Cruz']);
  });

  it('keeps the ids and mixed-case names of stored entities when a later batch writes them in capitals', () => {
    const first = resolveTexts(['Hillary Clinton spoke in Iowa on Monday.']);
    const later = resolveTexts(['HILLARY CLINTON IN IOWA\n\nThe crowd in IOWA was large.'], first.entities);
    const byName = (b: typeof first, n: string) => b.entities.find((e) => e.name === n)?.id;
    expect(byName(later, 'Hillary Clinton')).toBe(byName(first, 'Hillary Clinton'));
    expect(byName(later, 'Iowa')).toBe(byName(first, 'Iowa'));
  });

  it('gives the same entities when a batch is resolved again against itself', () => {
    const texts = [HILLARY, BILL, BARE, 'VOTERS IN IOWA\n\nVoters in Iowa went to the caucuses.'];
    const first = resolveTexts(texts);
    const again = resolveTexts(texts, first.entities);
    const summary = (b: typeof first) => b.entities.map((e) => [e.id, e.name]).sort();
    expect(summary(again)).toEqual(summary(first));
  });
});

describe('resolveDocuments: roles', () => {
  it.each([
    ['Former Secretary of State Hillary Clinton spoke in Iowa.', 'Hillary Clinton', ['Former Secretary of State']],
    ['Top aide Jane Doe left the campaign on Friday.', 'Jane Doe', []],
    ['Russian Foreign Minister Sergei Lavrov met reporters.', 'Sergei Lavrov', ['Foreign Minister (Russia)']],
  ])('%s', (text, person, expected) => {
    expect(rolesOf(resolveTexts([text]), person)).toEqual(expected);
  });

  it('gives each Clinton the role written before their own name', () => {
    const batch = resolveTexts([HILLARY, BILL, 'Former Secretary of State Hillary Clinton spoke. Clinton said more.']);
    expect(rolesOf(batch, 'Bill Clinton')).toEqual(['Former President']);
    expect(rolesOf(batch, 'Hillary Clinton')).toEqual(['Former Secretary of State']);
  });
});

describe('resolveDocuments: places and compounds', () => {
  it('takes no alias from a part of a hyphenated compound', () => {
    const batch = resolveTexts(['Sino-US ties improved after China and the US met in Geneva.']);
    expect(batch.entities.find((e) => e.name === 'China')!.aliases).not.toContain('Sino');
  });

  it('makes one organization of a city that acts for it and its own names, and keeps the city apart', () => {
    const batch = resolveTexts(['The EU said the talks would resume. Brussels warned London that the deal was off.', 'A summit in Brussels ended on Friday.']);
    expect(resolvedName(batch, 0, 'Brussels')).toBe('European Union');
    expect(resolvedName(batch, 0, 'EU')).toBe('European Union');
    expect(resolvedName(batch, 1, 'Brussels')).toBe('Brussels');
    expect(namesOf(batch, 'place')).toEqual(['Brussels', 'United Kingdom']);
  });

  it('links a word no person is known by but a place is to the place', () => {
    const batch = resolveTexts(['The convention opened in Orlando on Monday.', 'Delegates said Orlando was hot.']);
    expect(namesOf(batch, 'person')).not.toContain('Orlando');
    expect(namesOf(batch, 'place')).toContain('Orlando');
  });
});

describe('resolveDocuments: ingesting again', () => {
  /** The entities a store holds after these batches: one per id, aliases gathered, the last name kept. */
  function stored(...batches: ReturnType<typeof resolveTexts>[]) {
    const byId = new Map<string, { id: string; name: string; type: 'person' | 'organization' | 'place'; aliases: string[] }>();
    for (const b of batches) {
      for (const e of b.entities) {
        const had = byId.get(e.id);
        byId.set(e.id, { ...e, aliases: [...new Set([...(had?.aliases ?? []), ...e.aliases])] });
      }
    }
    return [...byId.values()];
  }

  const FIRST = ['Senate leader Mitch McConnell spoke on Monday.', 'At a lunch in Louisville, McConnell said the bill would pass.'];
  const LATER = ['Jane McConnell, a teacher from Ohio, wrote a letter.'];

  it('links a lone surname as before once a person sharing it is stored', () => {
    const first = resolveTexts(FIRST);
    const later = resolveTexts(LATER, stored(first));
    const again = resolveTexts(FIRST, stored(first, later));
    expect(resolvedName(first, 1, 'McConnell')).toBe('Mitch McConnell');
    expect(resolvedName(again, 1, 'McConnell')).toBe('Mitch McConnell');
    expect(again.entities.map((e) => e.id).sort()).toEqual(first.entities.map((e) => e.id).sort());
  });

  it('links a place taken for a first name to the place again once a person sharing the word is stored', () => {
    const texts = ['The convention opened in Orlando on Monday.', 'Delegates said Orlando was hot.'];
    const first = resolveTexts(texts);
    const later = resolveTexts(['Orlando Bloom spoke to reporters.', 'Orlando Cruz spoke to reporters.'], stored(first));
    const again = resolveTexts(texts, stored(first, later));
    expect(namesOf(again, 'person')).not.toContain('Orlando');
  });
});

describe('resolveDocuments: the speaker of a statement', () => {
  it.each([
    ['named before the description that follows an inverted cue', '"The tide has turned," said Dana Reyes, a pollster who has worked for both parties in Ohio.', 'Dana Reyes'],
    ['named before two descriptions', 'Kim Lee, president of the teachers union, a group allied with the mayor, said the strike would end.', 'Kim Lee'],
    ['named after according to, with a description', 'Turnout fell in rural towns, according to Rita Gomez, director of the state survey center, which ran the poll.', 'Rita Gomez'],
    ['named before a relative clause that names another', 'Lynch, who met former President Bill Clinton in Phoenix, said last week that she would accept the findings.', 'Lynch'],
    ['named before a description that names another', 'Kenneth Baer, a former Obama administration official, said the debate was lost.', 'Kenneth Baer'],
    ['named after a description, set off by commas', 'A spokesman for the Commission, Margaritis Schinas, said Brussels was ready.', 'Margaritis Schinas'],
    ['named after a description with a name after a preposition', 'An attorney for Pagliano, Mark MacDougall, said his client would not testify.', 'Mark MacDougall'],
    ['named, not the one a possessive before a person noun names', 'Obama met Dana Reyes on Monday. His former business partner at Lenox, Lawrence B. Cummings, said the deal was fine.', 'Lawrence B. Cummings'],
    ['whom the tagger does not know, with a description', 'Kellyanne Conway, a senior adviser, said the deal was a mistake.', 'Kellyanne Conway'],
    ['whom the tagger does not know, with a relative clause naming another', 'Rucker Culpepper, who runs the Clinton effort in Ohio, said turnout was high.', 'Rucker Culpepper'],
    ['named after an owner of the same description', "Macron's spokesman, Gabriel Attal, said France would not back down.", 'Gabriel Attal'],
    ['named after a description with a name after a preposition and a modifier', 'The wife of jailed activist Ahmed Mansoor, Nadia Mansoor, said he was ill.', 'Nadia Mansoor'],
    ['named after a title holding a preposition', 'Secretary of State John Kerry said the talks had failed.', 'John Kerry'],
    ['the author of a study', 'A study by professor Justin Levitt found few cases of fraud.', 'Justin Levitt'],
    ['the organization a spokesman speaks for', 'A spokesman for the European Commission said the talks had failed.', 'European Commission'],
    ['the organization a city that acts stands for', 'Brussels warned London on Friday that the talks had failed.', 'European Union'],
    ['named after "including"', 'Many experts, including Mr. Goldberg, said the plan would fail.', 'Goldberg'],
    ['named after a company and an executive title', 'Tesla CEO Elon Musk said the cars would ship in June.', 'Elon Musk'],
    ['named after a company and a title in capitals', 'Zandora Chief Executive Odo Varnell said profits rose.', 'Odo Varnell'],
    ['named after a company and a title in lower case', 'Google chief executive Odo Varnell said the search engine was fine.', 'Odo Varnell'],
    ['named by a surname the tagger knows as a company', 'Gerald Ford was president in 1975. Ford said the nation was healing.', 'Gerald Ford'],
    ['named after a possessive before "press secretary"', 'Ash Carter used his own email. Carter’s press secretary, Peter Cook, told reporters the practice had stopped.', 'Peter Cook'],
    ['the company no person in the document is named after', 'Ford said its sales rose in March.', 'Ford'],
    ['the organization named after a city', 'Brussels Airlines said flights would resume on Monday.', 'Brussels Airlines'],
    ['named in full with a capital as surname', 'Police spokeswoman Ana Lima said the crowd had been calm.', 'Ana Lima'],
    ['named by a surname that is a capital, named in full before', 'Police spokeswoman Ana Lima met the marchers. Lima said the crowd had been calm.', 'Ana Lima'],
    ['the country a capital with no person of its name stands for', 'Lima said it would not pay the debt.', 'Peru'],
    ['named after a description set off by commas, with a surname that ends places', 'The leader of the opposition, Alice Marsh, said the vote had been rigged.', 'Alice Marsh'],
    ['named after a knighthood, set off after a description', 'The bank’s chairman, Sir Tom Hale, said in a letter that the figures were sound.', 'Tom Hale'],
    ['named after a title going on with "of the"', 'Chancellor of the Exchequer Tom Hale said the figures were sound.', 'Tom Hale'],
  ])('is the person %s', (_what, text, expected) => {
    const batch = resolveTexts([text]);
    const [statement] = batch.documents[0]!.statements;
    expect(batch.entities.find((e) => e.id === statement?.speakerId)?.name).toBe(expected);
  });

  it.each([
    ['someone a preposition names', 'An adviser to Narendra Modi said the talks had failed.'],
    ['a place the speakers are in', 'Police in Marseille said the suspect had fled.'],
    ['a name inside the description of a speaker no one names', 'The new coach, who replaced Dana Reyes in May, said the team was ready.'],
  ])('is nobody for %s', (_what, text) => {
    const batch = resolveTexts([text]);
    const [statement] = batch.documents[0]!.statements;
    expect(statement?.speakerId).toBeNull();
  });
});

describe('resolveDocuments: a pronoun', () => {
  it.each([
    ['is no name inside a quotation', 'Mr. Obama dismissed the criticism from Mr. Tribe. "I love Larry Tribe," he said.', 'he', 'Barack Obama'],
    ['is no person of the other gender', 'Kevin Hart met Hillary Clinton on Monday. "We are ready," she said.', 'she', 'Hillary Clinton'],
    ['goes past a title, which ends no sentence', 'The plan failed. Mr. Obama met Mr. Kerry, and the talks went well. He said so.', 'He', 'Barack Obama'],
    ['goes past a name after a preposition to the subject', 'Asked about Obama, Trump said he had no regrets.', 'he', 'Donald Trump'],
    ['inside a quotation is someone other than its speaker', 'Trump said of Cruz: "He is a liar."', 'He', 'Ted Cruz'],
    ['knows the gender of a name the lexicon knows whole', 'Donald Trump attacked Hillary Clinton on Monday, and she hit back.', 'she', 'Hillary Clinton'],
    ['is no one at the end of a sentence after "the U.S."', 'Clinton campaigned across the U.S. Then Obama said he would help.', 'he', 'Barack Obama'],
    ['goes back over a closing quotation written with apostrophes', "Ms. Diaz was told it was ''not our policy.'' The network sent Ms. Diaz to Ohio. She declined.", 'She', 'Diaz'],
  ])('%s', (_what, text, pronoun, expected) => {
    expect(resolvedName(resolveTexts([text]), 0, pronoun)).toBe(expected);
  });

  it('"they" stands for no one person', () => {
    expect(resolvedName(resolveTexts(['Obama met Senate Democrats, and they agreed to vote.']), 0, 'they')).toBeUndefined();
  });
});

describe('resolveDocuments: organizations', () => {
  it.each([
    ['a body by its full name, its short name and its initials', ['The Department of Justice sued the firm. The Justice Department said the firm lied.', 'The DOJ declined to comment.'], ['Justice Department']],
    ['a health agency by its name and initials', ['The Centers for Disease Control and Prevention warned that flu was early.', 'The CDC urged people to get vaccinated.'], ['Centers for Disease Control and Prevention']],
    ['an aid agency by its name and initials', ['The World Food Programme said it would send food.', 'The WFP said the trucks had left.'], ['World Food Programme']],
    ['a chamber of parliament named across "of"', ['Ola Ade told the House of Commons that the figures were wrong.'], ['House of Commons']],
    ['a union by its name and its initials', ['The United Bakery Workers union condemned the cuts. The UBW said it would strike.'], ['United Bakery Workers']],
    ['a body named across "for" by its initials', ['The Office for Road Safety said crashes fell. The ORS said more.'], ['Office for Road Safety']],
    ['a body by its initials in another document, where one document writes both', ['The United Bakery Workers union condemned the cuts. The UBW said it would strike.', 'The UBW said it would strike.'], ['United Bakery Workers']],
    ['a body and initials of another document that no document spells out, apart', ['The United Bakery Workers union condemned the cuts.', 'The UBW said it would strike.'], ['UBW', 'United Bakery Workers']],
    ['a company with and without its legal form', ['Zandor Motors Inc. said it would cut jobs. Zandor Motors said sales fell.'], ['Zandor Motors']],
    ['a company of one word with its legal form', ['Zandor Inc. said it would cut jobs.'], ['Zandor Inc']],
    ['a department by its name and by its first word after "the"', ['The Treasury Department said it had paid. The Treasury said the money had left.'], ['Treasury Department']],
    ['courts, rights groups and armed groups the gazetteer knows', ['Human Rights Watch said the arrests were arbitrary. Hamas said the talks had failed.', 'The U.S. Supreme Court said the law was valid. The Supreme Court met again.'], ['Hamas', 'Human Rights Watch', 'Supreme Court']],
    ['a body of a state named by one word after "the"', ['The Treasury said on Monday that the tax would rise.', 'The Knesset voted on the bill.'], ['Knesset', 'Treasury']],
    ['a body by the one word another document of the batch shortens its name to, in either order', ['The Treasury said on Monday that the tax would rise.', 'The Treasury Department said on Friday that the tax would fall. The Treasury added that rates were low.', 'The Treasury said rates were low.'], ['Treasury Department']],
    ['a ministry named by its portfolio, which is no title there', ['The Justice Ministry said the law would change. Justice Minister Ola Ade agreed.'], ['Justice Ministry']],
    ['a department and the committee that oversees it, apart', ['The Treasury Committee said it was not satisfied. The Treasury said it had complied.'], ['Treasury', 'Treasury Committee']],
  ])('names %s', (_what, texts, expected) => {
    expect(namesOf(resolveTexts(texts), 'organization')).toEqual(expected);
  });

  it.each([
    ['a body named across "of" and "for"', 'The Centers for Disease Control and Prevention warned on Monday that flu was early.', 'Centers for Disease Control and Prevention'],
    ['a department after "the", the first word of a committee the document names', 'The Treasury Committee met on Monday. The Treasury said it had complied.', 'Treasury'],
    ['the name a relative pronoun follows', 'Ola Ade, who said the deal was dead, left early.', 'Ola Ade'],
    ['a department named by one word, alone in its document', 'The Treasury said on Monday that the tax would rise.', 'Treasury'],
  ])('makes the speaker %s', (_what, text, expected) => {
    const batch = resolveTexts([text]);
    const statement = batch.documents[0]!.statements.at(-1);
    expect(batch.entities.find((e) => e.id === statement?.speakerId)?.name).toBe(expected);
  });
});

describe('resolveDocuments: a capital standing for its government', () => {
  const ACTS = 'Vienna warned Prague on Monday that the deal was off.';
  const CITY = 'A summit in Vienna ended on Friday.';

  it.each([
    ['in one batch', [ACTS, CITY], []],
    ['in a later ingest', [CITY], resolveTexts([ACTS]).entities],
  ])('is no name of its country, so the city stays apart %s', (_what, texts, known) => {
    const batch = resolveTexts(texts, known);
    expect(resolvedName(batch, texts.length - 1, 'Vienna')).toBe('Vienna');
    expect([...known, ...batch.entities].filter((e) => e.name === 'Austria').flatMap((e) => e.aliases)).not.toContain('Vienna');
  });

  it('still stands for its country', () => {
    expect(resolvedName(resolveTexts([ACTS]), 0, 'Vienna')).toBe('Austria');
  });
});
