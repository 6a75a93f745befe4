// The one ordering and role shaping every store applies to its answers, so both stores answer alike.
import { compareNullable, type DocumentRecord, type EntityRecord, type RelationRecord, type RoleRecord, type StatementRecord } from '../core/index.js';

export function sortStatements(rows: StatementRecord[]): StatementRecord[] {
  return rows.sort(
    (a, b) =>
      compareNullable(a.document.date, b.document.date) ||
      compareNullable(a.document.id, b.document.id) ||
      a.span.start - b.span.start ||
      compareNullable(a.id, b.id),
  );
}

export function sortDocuments(rows: DocumentRecord[]): DocumentRecord[] {
  return rows.sort((a, b) => compareNullable(a.date, b.date) || compareNullable(a.id, b.id));
}

export function sortEntities(rows: EntityRecord[]): EntityRecord[] {
  for (const e of rows) e.aliases = [...e.aliases].sort();
  return rows.sort((x, y) => y.mentions - x.mentions || compareNullable(x.name, y.name) || compareNullable(x.id, y.id));
}

export function sortRelations(rows: RelationRecord[]): RelationRecord[] {
  return rows.sort(
    (x, y) =>
      compareNullable(x.date, y.date) ||
      compareNullable(x.document.id, y.document.id) ||
      x.span.start - y.span.start ||
      compareNullable(x.id, y.id),
  );
}

/** Roles from HOLDS_ROLE edges, plus titles held with no known organization, deduplicated and sorted. */
export function roleRecords(held: readonly RoleRecord[], titles: readonly string[]): RoleRecord[] {
  const seen = new Map<string, RoleRecord>();
  for (const r of held) seen.set(`${r.title}\u0000${r.organization}`, { title: r.title, organization: r.organization });
  for (const title of titles) {
    if (![...seen.values()].some((r) => r.title === title)) seen.set(`${title}\u0000`, { title, organization: null });
  }
  return [...seen.values()].sort((a, b) => compareNullable(a.title, b.title) || compareNullable(a.organization, b.organization));
}
