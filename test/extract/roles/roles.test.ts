import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index.js';
import { at, docOf } from '../doc.js';

function roles(text: string) {
  const doc = docOf(text);
  return extractDocument(doc).roles.map((r) => [at(doc, r.person), r.title, r.affiliation ?? null]);
}

describe('extractRoles', () => {
  it.each([
    ['In Moscow, Russian Foreign Minister Sergei Lavrov also hailed the proposed meeting.', ['Sergei Lavrov', 'Foreign Minister', 'Russia']],
    ['South Korean National Security Adviser Chung Eui-yong announced the meeting.', ['Chung Eui-yong', 'National Security Adviser', 'South Korea']],
    ['President Xi Jinping held telephone talks with President Donald Trump of the United States (US).', ['Donald Trump', 'President', 'United States']],
    ['President Xi Jinping held telephone talks.', ['Xi Jinping', 'President', null]],
    ['Sergei Lavrov, the foreign minister of Russia, spoke on Friday.', ['Sergei Lavrov', 'Foreign Minister', 'Russia']],
    ["Taro Kono, Japan's foreign minister, welcomed the talks.", ['Taro Kono', 'Foreign Minister', 'Japan']],
    ['The meeting with the North Korean leader, Kim Jong-un, will take place by May.', ['Kim Jong-un', 'Leader', 'North Korea']],
    ['German Chancellor Angela Merkel said the plan was sound.', ['Angela Merkel', 'Chancellor', 'Germany']],
    ['U.S. Secretary of State Rex Tillerson said talks were far off.', ['Rex Tillerson', 'Secretary of State', 'United States']],
    ['Former Secretary of State Jane Doe spoke first.', ['Jane Doe', 'Former Secretary of State', null]],
    ['The crowd cheered when former President John Roe arrived.', ['John Roe', 'Former President', null]],
    ['Commander in Chief President John Roe saluted.', ['John Roe', 'President', null]],
    ['Voters met Trade Speaker John Roe at the fair.', ['John Roe', 'Speaker', null]],
    ['The Russian foreign minister Sergei Lavrov spoke on Friday.', ['Sergei Lavrov', 'Foreign Minister', 'Russia']],
    ['Former Roe spokesman Jim Poe said so.', ['Jim Poe', 'Spokesman', null]],
    ['Senate Majority Leader John Roe spoke.', ['John Roe', 'Majority Leader', null]],
    // a capitalised portfolio before a minister's or secretary's title
    ['Health Minister Jane Otieno said the vaccine was safe.', ['Jane Otieno', 'Health Minister', null]],
    ['Former Transport Secretary John Roe spoke.', ['John Roe', 'Former Transport Secretary', null]],
    ['French Finance Minister Jean Dupont spoke.', ['Jean Dupont', 'Finance Minister', 'France']],
    ['If Secretary John Roe agrees, the plan will pass.', ['John Roe', 'Secretary', null]],
    ['When Prime Minister John Roe spoke, the house was quiet.', ['John Roe', 'Prime Minister', null]],
  ])('%s', (text, expected) => {
    expect(roles(text)).toContainEqual(expected);
  });

  it.each([
    ['Mr. Lavrov said the meeting would take place.'],
    ['The minister, who spoke to Sergei Lavrov, left.'],
    ['Sergei Lavrov, a very tired man, left.'],
    ['Top aide Jane Doe left the campaign.'],
    ['A senior John Roe adviser spoke on condition of anonymity.'],
    ['The Republican poll leader John Roe said so.'],
    ['The Supreme Court ruled against the plan.'],
    ['He cited the Head Start program.'],
    ['Despite doubts about the majority leader, Roe said he would vote.'],
  ])('reads no role from %j', (text) => {
    expect(roles(text)).toEqual([]);
  });

  it('finds the roles of Lavrov and Chung in the sample article', () => {
    const doc = docOf(readFileSync('data/samples/004_a2a29330f5e627a1.txt', 'utf8'));
    const found = extractDocument(doc).roles;
    expect(found.map((r) => [at(doc, r.person), r.title, r.affiliation])).toEqual(
      expect.arrayContaining([
        ['Sergei Lavrov', 'Foreign Minister', 'Russia'],
        ['Chung Eui-yong', 'National Security Adviser', 'South Korea'],
      ]),
    );
    for (const r of found) expect(at(doc, r.span)).toContain(at(doc, r.person));
  });
});
