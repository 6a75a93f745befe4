// Titles people are written with in full ("Former President Bill Clinton"), to tell apart people a lone surname could be.
import type { Mention, RoleMention } from '../core/index.js';

/** Abbreviated titles and the title they stand for. */
const SPELLED_OUT: Record<string, string> = {
  'sen.': 'senator',
  'gov.': 'governor',
  'rep.': 'representative',
  'gen.': 'general',
  advisor: 'adviser',
};

const MODIFIERS = /^(?:former|acting|deputy|interim|senior)\s+/;

/** A title as compared: lower case, abbreviations spelled out. */
function normalTitle(title: string): string {
  const t = title.toLowerCase().trim();
  return SPELLED_OUT[t] ?? t;
}

/** The title without its modifiers: "former president" -> "president". */
function coreTitle(title: string): string {
  let t = normalTitle(title);
  while (MODIFIERS.test(t)) t = t.replace(MODIFIERS, '');
  return SPELLED_OUT[t] ?? t;
}

/** The titles read before each person mention, by document and where the name starts. */
export class TitlesAtMentions {
  private readonly byPlace = new Map<string, string>();

  constructor(roles: readonly RoleMention[]) {
    for (const r of roles) this.byPlace.set(`${r.documentId}@${r.person.start}`, r.title);
  }

  of(m: Mention): string | undefined {
    return this.byPlace.get(`${m.documentId}@${m.span.start}`);
  }
}

/** True when two titles name the same office, one perhaps shortened: "secretary" and "secretary of state". */
function sameOffice(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

/**
 * The titles each person (by entity id) is written with, with how often: over the batch, and
 * within a `scope` such as one document when one is given.
 */
export class HeldTitles {
  private readonly byId = new Map<string, Map<string, number>>();

  add(id: string, title: string, scope = ''): void {
    const key = `${scope}\u0000${id}`;
    let titles = this.byId.get(key);
    if (!titles) this.byId.set(key, (titles = new Map()));
    const t = normalTitle(title);
    titles.set(t, (titles.get(t) ?? 0) + 1);
  }

  /** How often a person is written with a title that passes `fits`. */
  private count(id: string, scope: string, fits: (t: string) => boolean): number {
    let n = 0;
    for (const [t, c] of this.byId.get(`${scope}\u0000${id}`) ?? []) if (fits(t)) n += c;
    return n;
  }

  /**
   * The candidate who holds `title`: of those written with the same title ("Former President"),
   * else with the same office ("President", "Secretary" for "Secretary of State"), the one
   * written so far more often than any other; undefined when none or no clear one.
   */
  pick<T extends { id: string }>(candidates: readonly T[], title: string, scope = ''): T | undefined {
    const exact = normalTitle(title);
    const core = coreTitle(title);
    for (const fits of [(t: string) => t === exact, (t: string) => sameOffice(coreTitle(t), core)]) {
      const counted = candidates.map((c) => ({ c, n: this.count(c.id, scope, fits) })).filter((x) => x.n > 0).sort((a, b) => b.n - a.n);
      if (counted.length === 0) continue;
      // Someone once called "President Clinton" in a hypothetical does not make the title hers.
      const [first, second] = counted;
      return !second || first!.n >= 3 * second.n ? first!.c : undefined;
    }
    return undefined;
  }
}
