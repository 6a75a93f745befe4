// Stable ids: the same input always gives the same id, so re-ingesting merges instead of duplicating.
import { createHash } from 'node:crypto';

/** A short hex digest of the parts, joined unambiguously. */
export function stableHash(...parts: readonly (string | number)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    const s = String(p);
    h.update(`${s.length}:${s};`);
  }
  return h.digest('hex').slice(0, 16);
}

/** Id prefixes, one per kind of node or edge, so an id says what it names. */
export type IdKind = 'doc' | 'ent' | 'stm' | 'rel' | 'men';

/** A stable id such as `stm_1a2b3c4d5e6f7a8b`. */
export function stableId(kind: IdKind, ...parts: readonly (string | number)[]): string {
  return `${kind}_${stableHash(...parts)}`;
}
