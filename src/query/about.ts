// Who said what about an entity: statements whose content mentions it, and the entity itself.
import type { EntityRecord, StatementRecord } from '../core/index.js';
import type { GraphStore } from '../store/port.js';

export interface AboutAnswer {
  entity: EntityRecord | null;
  statements: StatementRecord[];
}

export async function about(store: GraphStore, name: string): Promise<AboutAnswer> {
  const [entities, statements] = await Promise.all([store.entities({ name }), store.statements({ about: name })]);
  return { entity: entities[0] ?? null, statements };
}
