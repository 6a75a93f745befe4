// An empty answer says why when a name in the question names no entity at all.
import type { GraphStore } from '../store/port.js';

/** The names among `names` that no entity answers to, by its name or an alias. */
export async function unknownNames(store: GraphStore, names: readonly (string | undefined)[]): Promise<string[]> {
  const asked = names.filter((n): n is string => n !== undefined);
  const found = await Promise.all(asked.map(async (name) => store.entities({ name: await answeringName(store, name) })));
  return asked.filter((_, k) => found[k]!.length === 0);
}

/**
 * The form of `name` an entity answers to: as asked, else without a leading "the" ("the Treasury"
 * asks for the Treasury; "The Hague", a name with its article, answers as asked).
 */
export async function answeringName(store: GraphStore, name: string): Promise<string>;
export async function answeringName(store: GraphStore, name: string | undefined): Promise<string | undefined>;
export async function answeringName(store: GraphStore, name: string | undefined): Promise<string | undefined> {
  const bare = name?.replace(/^\s*the\s+/i, '');
  if (name === undefined || bare === name || !bare) return name;
  if ((await store.entities({ name })).length > 0) return name;
  return (await store.entities({ name: bare })).length > 0 ? bare : name;
}

/** "no statements match", followed by the names that name nothing. */
export function noneMessage(none: string, unknown: readonly string[]): string {
  return unknown.length ? `${none}; no entity answers to ${unknown.map((n) => `"${n}"`).join(' or ')}` : none;
}
