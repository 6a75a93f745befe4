// The entities of a batch, keyed by type and normalized name, so case and spacing never split one entity in two.
import type { Entity, EntityType } from '../core/index.js';
import { normalizeName, stableId } from '../core/index.js';
import { capitalizeWords, isAllCaps, nameWords, plainSpaces } from './names.js';

const keyOf = (type: EntityType, name: string) => `${type}:${normalizeName(name)}`;

/**
 * A person's lone surname or first name ("Clinton") may be an alias of several people, so
 * stored people are found by a lone word only through their own name, never through an alias.
 */
function findsKnown(e: Entity, form: string): boolean {
  return e.type !== 'person' || form === e.name || nameWords(form).length > 1;
}

/** Orders candidate display names: mixed case before all capitals, then the most used, then alphabetically. */
function betterName(a: [string, number], b: [string, number]): number {
  return Number(isAllCaps(a[0])) - Number(isAllCaps(b[0])) || b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

interface Entry {
  entity: Entity;
  known: boolean;
  /** Canonical names the texts gave it, with how often. */
  names: Map<string, number>;
  /** Other forms the texts named it by, in the order first seen. */
  aliases: string[];
}

export class EntityTable {
  private readonly byKey = new Map<string, Entry>();
  private readonly byId = new Map<string, Entry>();
  private readonly knownByForm = new Map<string, Entity>();

  constructor(known: readonly Entity[]) {
    for (const e of known) {
      for (const form of [e.name, ...e.aliases]) {
        if (!findsKnown(e, form)) continue;
        const key = keyOf(e.type, form);
        // A stored entity's own name wins over another's alias.
        if (form === e.name || !this.knownByForm.has(key)) this.knownByForm.set(key, e);
      }
    }
  }

  /** The id the entity named `name` has or will have: a stored entity's own id, else one made from the normalized name. */
  idFor(name: string, type: EntityType): string {
    const key = keyOf(type, name);
    return this.byKey.get(key)?.entity.id ?? this.knownByForm.get(key)?.id ?? stableId('ent', type, normalizeName(name));
  }

  /** True when an entity of the type goes by the name, in the batch so far or the store. */
  has(name: string, type: EntityType): boolean {
    const key = keyOf(type, plainSpaces(name));
    return this.byKey.has(key) || this.knownByForm.has(key);
  }

  /** The entity `name` names, made if new; `alias` is the form the text used, when it differs. */
  add(name: string, type: EntityType, alias?: string): string {
    const clean = plainSpaces(name);
    const key = keyOf(type, clean);
    let entry = this.byKey.get(key);
    if (!entry) {
      const known = this.knownByForm.get(key);
      entry = (known && this.byId.get(known.id)) ?? {
        entity: known ? { ...known, aliases: [...known.aliases] } : { id: this.idFor(clean, type), name: clean, type, aliases: [] },
        known: !!known,
        names: new Map(),
        aliases: [],
      };
      this.byKey.set(key, entry);
      this.byId.set(entry.entity.id, entry);
    }
    entry.names.set(clean, (entry.names.get(clean) ?? 0) + 1);
    if (alias) entry.aliases.push(plainSpaces(alias));
    return entry.entity.id;
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id)?.entity;
  }

  /** The entities named in the batch, each with its display name chosen and its aliases without case variants. */
  entities(): Entity[] {
    return [...this.byId.values()].map(finish);
  }

  /** Every entity named in the batch by id, as `entities()` gives them. */
  entityMap(): Map<string, Entity> {
    return new Map(this.entities().map((e) => [e.id, e]));
  }
}

/**
 * A stored name in mixed case stays, so re-ingesting never renames; otherwise the best-written
 * name the texts used, and a person named only in capitals is written as names usually are.
 */
function displayName(entry: Entry): string {
  const { entity, known, names } = entry;
  if (known && !isAllCaps(entity.name)) return entity.name;
  const candidates: [string, number][] = [...names];
  if (known) candidates.push([entity.name, 0]);
  const best = candidates.sort(betterName)[0]![0];
  return isAllCaps(best) && entity.type === 'person' ? capitalizeWords(best) : best;
}

function finish(entry: Entry): Entity {
  const name = displayName(entry);
  const forms = [...entry.entity.aliases, entry.entity.name, ...entry.names.keys(), ...entry.aliases];
  // One alias per spelling whatever its case, in mixed case when the texts have it so.
  const byNorm = new Map<string, string>();
  for (const f of forms) {
    const norm = normalizeName(f);
    if (norm === normalizeName(name)) continue;
    const had = byNorm.get(norm);
    if (had === undefined || (isAllCaps(had) && !isAllCaps(f))) byNorm.set(norm, f);
  }
  return { ...entry.entity, name, aliases: [...byNorm.values()] };
}
