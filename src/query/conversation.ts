// The conversation between two actors: what each said to the other and how they interacted, in date order.
import type { RelationRecord, StatementRecord } from '../core/index.js';
import { compareNullable } from '../core/index.js';
import type { GraphStore } from '../store/port.js';

export type ConversationItem =
  | { kind: 'statement'; date: string | null; statement: StatementRecord }
  | { kind: 'relation'; date: string | null; relation: RelationRecord };

function itemKey(i: ConversationItem): [string | null, string, number] {
  return i.kind === 'statement'
    ? [i.date, i.statement.document.id, i.statement.span.start]
    : [i.date, i.relation.document.id, i.relation.span.start];
}

/** Statements from A to B and from B to A, and relations between them, oldest first. */
export async function conversation(store: GraphStore, a: string, b: string): Promise<ConversationItem[]> {
  const [aToB, bToA, relations] = await Promise.all([
    store.statements({ speaker: a, addressee: b }),
    store.statements({ speaker: b, addressee: a }),
    store.relations({ actor: a, other: b }),
  ]);
  const items: ConversationItem[] = [
    ...[...aToB, ...bToA].map((statement) => ({ kind: 'statement' as const, date: statement.document.date, statement })),
    ...relations.map((relation) => ({ kind: 'relation' as const, date: relation.date, relation })),
  ];
  return items.sort((x, y) => {
    const [dx, docx, sx] = itemKey(x);
    const [dy, docy, sy] = itemKey(y);
    return compareNullable(dx, dy) || compareNullable(docx, docy) || sx - sy;
  });
}
