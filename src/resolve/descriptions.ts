// Descriptions of people by office ("the US president", "his US counterpart") linked to the person they describe.
import type { Entity, Mention } from '../core/index.js';
import { normalizeName } from '../core/index.js';

/** Description classes that name a person by the office they hold in a country. */
export const OFFICE_CLASSES = new Set(['head of state', 'head of government', 'foreign minister', 'counterpart']);

/** Role titles that fit each office class; a counterpart may hold any of them. */
const TITLES: Record<string, RegExp> = {
  'head of state': /^(?:president|leader|supreme leader|king|queen|emperor|chairman)$/i,
  'head of government': /^(?:prime minister|premier|chancellor)$/i,
  'foreign minister': /^(?:foreign minister|secretary of state|foreign secretary)$/i,
  counterpart: /^(?:president|leader|supreme leader|king|queen|emperor|chairman|prime minister|premier|chancellor|foreign minister|secretary of state|foreign secretary)$/i,
};

/** A role read somewhere in the batch: who holds which title where. */
export interface HeldRole {
  personId: string;
  title: string;
  countryId: string | null;
}

/** The place entity a description names ("the US president" -> United States), by its names and aliases. */
function countryIn(d: Mention, places: readonly Entity[]): Entity | undefined {
  const words = d.text.replace(/^\S+\s+/, '');
  const norm = normalizeName(words);
  // Longest name first, so "South Korean" is not read as "Korean".
  const forms = places.flatMap((e) => [e.name, ...e.aliases].map((f) => ({ e, f: normalizeName(f) }))).sort((a, b) => b.f.length - a.f.length);
  return forms.find(({ f }) => norm === f || norm.startsWith(`${f} `))?.e;
}

/**
 * The person an office description stands for: a name set off right after it ("his US
 * counterpart, Donald Trump"), else the person named in the document nearest before it (or,
 * failing that, after it) who holds a fitting role in that country somewhere in the batch.
 */
export function officeHolder(
  d: Mention,
  text: string,
  people: readonly { mention: Mention; entityId: string }[],
  roles: readonly HeldRole[],
  places: readonly Entity[],
): string | undefined {
  const appositive = people.find((p) => p.mention.kind === 'name' && /^,\s*$/.test(text.slice(d.span.end, p.mention.span.start)));
  if (appositive) return appositive.entityId;
  const country = countryIn(d, places);
  const fits = TITLES[d.class ?? ''];
  if (!country || !fits) return undefined;
  const holders = new Set(roles.filter((r) => r.countryId === country.id && fits.test(r.title)).map((r) => r.personId));
  const named = people.filter((p) => p.mention.kind === 'name' && holders.has(p.entityId));
  const before = named.filter((p) => p.mention.span.end <= d.span.start).pop();
  return (before ?? named.find((p) => p.mention.span.start >= d.span.end))?.entityId;
}
