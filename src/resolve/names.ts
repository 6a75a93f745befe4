// Canonical names: what a name mention calls its entity, with surnames and known aliases linked to full names.
import type { Entity, EntityType, Mention } from '../core/index.js';
import { normalizeName } from '../core/index.js';

export interface NameKey {
  name: string;
  type: EntityType;
}

/** The name as written, without a leading article or a possessive. */
export function surface(m: Mention): string {
  return m.text.replace(/^the\s+/i, '').replace(/['’]s$/, '').trim();
}

function tokens(name: string): string[] {
  return name.split(/[\s]+/);
}

/** Full names a lone surname or family name can stand for: "Trump" -> "Donald Trump", "Xi" -> "Xi Jinping". */
function fullNamesFor(word: string, names: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const n of names) {
    const t = tokens(n);
    if (t.length > 1 && (t[0] === word || t[t.length - 1] === word)) out.add(n);
  }
  return [...out];
}

export interface NameIndex {
  /** Multi-word person names seen in each document, in the batch, and known to the store. */
  docPeople: Map<string, Set<string>>;
  batchPeople: Set<string>;
  known: Map<string, Entity>;
}

export function buildNameIndex(all: readonly Mention[], known: readonly Entity[]): NameIndex {
  const docPeople = new Map<string, Set<string>>();
  const batchPeople = new Set<string>();
  for (const m of all) {
    if (m.type !== 'person' || m.kind !== 'name') continue;
    const name = m.canonical ?? surface(m);
    if (tokens(name).length < 2) continue;
    batchPeople.add(name);
    if (!docPeople.has(m.documentId)) docPeople.set(m.documentId, new Set());
    docPeople.get(m.documentId)!.add(name);
  }
  const knownMap = new Map<string, Entity>();
  for (const e of known) for (const n of [e.name, ...e.aliases]) knownMap.set(`${e.type}:${normalizeName(n)}`, e);
  return { docPeople, batchPeople, known: knownMap };
}

/** The canonical name and type of a name or description mention. */
export function canonicalName(m: Mention, index: NameIndex): NameKey {
  let name = m.canonical ?? surface(m);
  const known = index.known.get(`${m.type}:${normalizeName(name)}`);
  if (known) return { name: known.name, type: known.type };
  if (m.type === 'person' && tokens(name).length === 1) {
    // A lone name goes to the one full name it can stand for: in the document, the batch, the store.
    const pools = [index.docPeople.get(m.documentId) ?? new Set<string>(), index.batchPeople, [...index.known.values()].filter((e) => e.type === 'person').map((e) => e.name)];
    for (const pool of pools) {
      const candidates = fullNamesFor(name, pool);
      if (candidates.length === 1) {
        name = candidates[0]!;
        break;
      }
      if (candidates.length > 1) break;
    }
  }
  return { name, type: m.type };
}
