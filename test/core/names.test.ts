import { describe, expect, it } from 'vitest';
import { isLedBody } from '../../src/core/index.js';

describe('isLedBody', () => {
  it.each([
    ['Obama administration', true],
    ['Clinton campaign', true],
    ['O’Malley campaign', true],
    ['Small Business Administration', false],
    ['Food and Drug Administration', false],
    ['Human Rights Campaign', false],
    ['Veterans Administration', false],
    ['campaign', false],
  ])('%s: %s', (name, expected) => {
    expect(isLedBody(name)).toBe(expected);
  });
});
