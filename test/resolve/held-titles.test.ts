import { describe, expect, it } from 'vitest';
import { HeldTitles } from '../../src/resolve/held-titles.js';

const BILL = { id: 'bill' };
const HILLARY = { id: 'hillary' };

function held(titles: [string, string][]): HeldTitles {
  const h = new HeldTitles();
  for (const [id, t] of titles) h.add(id, t);
  return h;
}

describe('HeldTitles.pick', () => {
  it.each([
    ['the same title', [['bill', 'Former President'], ['hillary', 'Former Secretary of State']], 'Former President', 'bill'],
    ['the same office without modifiers', [['bill', 'Former President'], ['hillary', 'Secretary of State']], 'President', 'bill'],
    ['a shortened title', [['bill', 'Former President'], ['hillary', 'Secretary of State']], 'Secretary', 'hillary'],
    ['an abbreviation', [['bill', 'Governor'], ['hillary', 'Senator']], 'Sen.', 'hillary'],
    ['the one written far more often with it', [['bill', 'President'], ['bill', 'President'], ['bill', 'President'], ['hillary', 'President']], 'President', 'bill'],
    ['no one when two hold it alike', [['bill', 'President'], ['hillary', 'President']], 'President', undefined],
    ['no one when no one holds it', [['bill', 'Governor']], 'Speaker', undefined],
  ] as [string, [string, string][], string, string | undefined][])('picks %s', (_what, titles, title, expected) => {
    expect(held(titles).pick([BILL, HILLARY], title)?.id).toBe(expected);
  });
});
