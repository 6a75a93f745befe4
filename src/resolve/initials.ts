// Middle initials: "Paul D. Ryan" is the "Paul Ryan" written elsewhere, unless the initial is what tells people apart.
import type { Entity } from '../core/index.js';
import { normalizeName } from '../core/index.js';
import { nameWords } from './names.js';

const INITIAL = /^(?:\p{Lu}\.)+$|^\p{Lu}$/u;

/** The name without its middle initials ("Paul D. Ryan" -> "Paul Ryan"), or undefined when it has none. */
export function dropInitials(name: string): string | undefined {
  const words = nameWords(name);
  const kept = words.filter((w, i) => i === 0 || i === words.length - 1 || !INITIAL.test(w));
  return kept.length < words.length && kept.length > 1 ? kept.join(' ') : undefined;
}

/**
 * Person names written with middle initials, mapped to the name without them where that name
 * is written too (in the batch or the store) and no other initials lead to it: "George W.
 * Bush" and "George H.W. Bush" both in the batch stay apart from each other and from "George Bush".
 */
export function initialledNames(people: Iterable<string>, known: readonly Entity[]): Map<string, string> {
  const written = new Set<string>();
  for (const e of known) if (e.type === 'person') for (const n of [e.name, ...e.aliases]) written.add(normalizeName(n));
  const variants = new Map<string, Set<string>>();
  const originals = new Map<string, string>();
  for (const name of people) {
    written.add(normalizeName(name));
    const plain = dropInitials(name);
    if (!plain) continue;
    const key = normalizeName(plain);
    if (!variants.has(key)) variants.set(key, new Set());
    variants.get(key)!.add(normalizeName(name).replace(/\s/g, ''));
    originals.set(name, plain);
  }
  const out = new Map<string, string>();
  for (const [name, plain] of originals) {
    const key = normalizeName(plain);
    if (written.has(key) && variants.get(key)!.size === 1) out.set(name, plain);
  }
  return out;
}
