import { describe, expect, it } from 'vitest';
import { capitalizeWords, isAllCaps, plainSpaces, shortForms } from '../../src/resolve/names.js';

describe('name forms', () => {
  it.each([
    ['HILLARY CLINTON', true],
    ['IOWA', true],
    ['U.S.', true],
    ['Iowa', false],
    ['HIllary Clinton', false],
    ['X', false],
  ])('isAllCaps(%j) is %s', (name, expected) => {
    expect(isAllCaps(name)).toBe(expected);
  });

  it.each([
    ['HILLARY CLINTON', 'Hillary Clinton'],
    ["BETO O'ROURKE", "Beto O'Rourke"],
    ['KIM JONG-UN', 'Kim Jong-Un'],
  ])('capitalizeWords(%j) is %j', (name, expected) => {
    expect(capitalizeWords(name)).toBe(expected);
  });

  it.each([
    ['Xi Jinping', ['xi', 'jinping']],
    ['Martin Luther King Jr.', ['martin', 'king']],
    ['Trump', []],
  ])('shortForms(%j) is %j', (name, expected) => {
    expect(shortForms(name)).toEqual(expected);
  });

  it('makes non-breaking and repeated spaces plain', () => {
    expect(plainSpaces(' Donald\u00a0 Trump ')).toBe('Donald Trump');
  });
});
