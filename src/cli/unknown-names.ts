// An empty answer says why when a name in the question names no entity at all.
import type { GraphStore } from '../store/port.js';

/** The names among `names` that no entity answers to, by its name or an alias. */
export async function unknownNames(store: GraphStore, names: readonly (string | undefined)[]): Promise<string[]> {
  const asked = names.filter((n): n is string => n !== undefined);
  const found = await Promise.all(asked.map((name) => store.entities({ name })));
  return asked.filter((_, k) => found[k]!.length === 0);
}

/** "no statements match", followed by the names that name nothing. */
export function noneMessage(none: string, unknown: readonly string[]): string {
  return unknown.length ? `${none}; no entity answers to ${unknown.map((n) => `"${n}"`).join(' or ')}` : none;
}
