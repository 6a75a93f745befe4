import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/index.js';
import { dropInitials, initialledNames } from '../../src/resolve/initials.js';

describe('dropInitials', () => {
  it.each([
    ['Paul D. Ryan', 'Paul Ryan'],
    ['George H.W. Bush', 'George Bush'],
    ['John F Kerry', 'John Kerry'],
    ['Paul Ryan', undefined],
    ['J. Smith', undefined],
  ])('%s -> %s', (name, expected) => {
    expect(dropInitials(name)).toBe(expected);
  });
});

describe('initialledNames', () => {
  const stored: Entity[] = [{ id: 'ent_1', name: 'John Kerry', type: 'person', aliases: [] }];

  it.each([
    ['maps a name to the one written without initials in the batch', ['Paul D. Ryan', 'Paul Ryan'], [], [['Paul D. Ryan', 'Paul Ryan']]],
    ['maps a name to one the store holds', ['John F. Kerry'], stored, [['John F. Kerry', 'John Kerry']]],
    ['leaves a name whose plain form is written nowhere', ['Paul D. Ryan'], [], []],
    ['leaves names that differ only by their initials', ['George W. Bush', 'George H.W. Bush', 'George Bush'], [], []],
  ] as [string, string[], Entity[], [string, string][]][])('%s', (_what, names, known, expected) => {
    expect([...initialledNames(names, known)]).toEqual(expected);
  });
});
