import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index.js';
import { docOf } from '../doc.js';

/** The organizations and places named in a text, as the mentions write them. */
function named(text: string): string[] {
  return extractDocument(docOf(text))
    .mentions.filter((m) => m.kind === 'name' && m.type !== 'person')
    .map((m) => `${m.text}: ${m.type}`);
}

describe('organizations named across "of" or "for"', () => {
  it.each([
    ['The Chamber of Deputies voted on Monday.', ['Chamber of Deputies: organization']],
    ['Ola Ade told the House of Lords that the plan was sound.', ['House of Lords: organization']],
    ['The Ministry of Fisheries said the boats had returned.', ['Ministry of Fisheries: organization']],
    ['The Office for Road Safety said crashes fell.', ['Office for Road Safety: organization']],
    ['Researchers at the Ohio Institute of Marine Biology said the reef was dying.', ['Ohio Institute of Marine Biology: organization']],
    ['The Department of Parks and Recreation closed the pool.', ['Department of Parks and Recreation: organization']],
    ['The Department of Health and Human Services said it would act.', ['Department of Health and Human Services: organization']],
    ['The Office for Trade and Development said exports rose.', ['Office for Trade and Development: organization']],
    // what stands before the name or after it is no part of it
    ['In June the Ministry of Fisheries said the boats had returned.', ['Ministry of Fisheries: organization']],
    ['Kenyan Ministry of Fisheries officials said the boats had returned.', ['Ministry of Fisheries: organization']],
    ['University of Zandor Professor Odo Varnell said the reef was dying.', ['University of Zandor: organization']],
    ['The Ministry of Fisheries.', ['Ministry of Fisheries: organization']],
    ['The Center for American Studies said the poll was wrong.', ['Center for American Studies: organization']],
    ['The Federation of Zandor Scientists said the reef was dying.', ['Federation of Zandor Scientists: organization']],
    // a name starts and ends in its sentence
    ['He spoke to the Council of Zandor. Now the council is split.', ['Council of Zandor: organization']],
    ['Odo Varnell left. The Zandor Chamber of Commerce said it was sorry.', ['Zandor Chamber of Commerce: organization']],
    ['A University of Zandor poll found the race was close.', ['University of Zandor: organization']],
    ["Zandor University's Center for Marine Studies said the reef was dying.", ['Center for Marine Studies: organization']],
    ["The Zandor Women's Club of Ohio met on Monday.", ["Zandor Women's Club of Ohio: organization"]],
    ['He joined the Society of Zandor Engineers and Institute of Marine Studies on Monday.', ['Society of Zandor Engineers: organization', 'Institute of Marine Studies: organization']],
    // a name inside a title's phrase still counts; a title with "of" names no organization
    ['The Governor of the Bank of Zandor said rates would rise.', ['Bank of Zandor: organization']],
    ['Secretary of State Odo Varnell said the talks had failed.', []],
  ])('%s names %j', (text, names) => {
    expect(named(text)).toEqual(names);
  });
});
