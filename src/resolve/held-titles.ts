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

/** The titles each person (by entity id) is written with somewhere in the batch. */
export class HeldTitles {
  private readonly byId = new Map<string, Set<string>>();

  add(id: string, title: string): void {
    let titles = this.byId.get(id);
    if (!titles) this.byId.set(id, (titles = new Set()));
    titles.add(normalTitle(title));
  }

  /**
   * The one candidate who holds `title`: the same title first ("Former President"), else the
   * same without modifiers ("President"); undefined when none or several do.
   */
  pick<T extends { id: string }>(candidates: readonly T[], title: string): T | undefined {
    const exact = candidates.filter((c) => this.byId.get(c.id)?.has(normalTitle(title)));
    if (exact.length === 1) return exact[0];
    if (exact.length > 1) return undefined;
    const core = coreTitle(title);
    const loose = candidates.filter((c) => [...(this.byId.get(c.id) ?? [])].some((t) => coreTitle(t) === core));
    return loose.length === 1 ? loose[0] : undefined;
  }
}
