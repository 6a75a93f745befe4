// Names in a question: the form an entity answers to, and, for an empty answer, the ones that name nothing.
import type { GraphStore } from '../store/port.js';

/** A name as asked, the form to ask the store with, and whether an entity answers to it when that is known already. */
export interface AskedName {
  asked: string;
  name: string;
  known?: boolean;
}

/**
 * The form of `name` an entity answers to: as asked, else without a leading "the" ("the Treasury"
 * asks for the Treasury; "The Hague", a name with its article, answers as asked). The store is
 * asked only for a name with "the".
 */
export async function askName(store: GraphStore, name: string): Promise<AskedName> {
  const bare = name.replace(/^\s*the\s+/i, '');
  if (bare === name || !bare) return { asked: name, name };
  if ((await store.entities({ name })).length > 0) return { asked: name, name, known: true };
  const known = (await store.entities({ name: bare })).length > 0;
  return { asked: name, name: known ? bare : name, known };
}

/** `askName` for each name given; undefined where none is. */
export function askNames(store: GraphStore, names: readonly (string | undefined)[]): Promise<(AskedName | undefined)[]> {
  return Promise.all(names.map((n) => (n === undefined ? undefined : askName(store, n))));
}

/** The names asked that no entity answers to, by its name or an alias; the store is asked only where that is not known yet. */
export async function unknownNames(store: GraphStore, names: readonly (AskedName | undefined)[]): Promise<string[]> {
  const asked = names.filter((n): n is AskedName => n !== undefined);
  const known = await Promise.all(asked.map(async (n) => n.known ?? (await store.entities({ name: n.name })).length > 0));
  return asked.filter((_, k) => !known[k]).map((n) => n.asked);
}

/** "no statements match", followed by the names that name nothing. */
export function noneMessage(none: string, unknown: readonly string[]): string {
  return unknown.length ? `${none}; no entity answers to ${unknown.map((n) => `"${n}"`).join(' or ')}` : none;
}
