// Name matching used by every store: an entity answers to its name or any alias, in any case.

/** The form names are compared in: lower case, spaces collapsed, trimmed. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** True when `query` names the entity, by its name or one of its aliases. */
export function answersTo(entity: { name: string; aliases: readonly string[] }, query: string): boolean {
  const q = normalizeName(query);
  return normalizeName(entity.name) === q || entity.aliases.some((a) => normalizeName(a) === q);
}

/** The words that name a body after the one who leads it, as a pattern: "administration", "campaign". */
export const LED_BODIES = '(administration|campaign)';
const LED_BODY_NAME = new RegExp(`^\\p{Lu}[\\p{L}'’.-]*\\s${LED_BODIES}$`, 'u');

/**
 * True when a name is that of a body named after the one who leads it, as the extractor writes it:
 * "Obama administration", "Clinton campaign"; not an agency's ("Small Business Administration").
 */
export function isLedBody(name: string): boolean {
  return LED_BODY_NAME.test(name);
}

/** Orders nullable strings ascending with nulls last, as Cypher's ORDER BY does. */
export function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
