// `kg conversation A B`, `kg about ENTITY`, `kg corroborate`: answers for investigations, each with its evidence.
import type { StatementRecord } from '../../core/index.js';
import { count, speakerLabel, UsageError } from '../../core/index.js';
import { about } from '../../query/about.js';
import { conversation } from '../../query/conversation.js';
import { corroborate } from '../../query/corroborate.js';
import { boolFlag, parseFlags, STORE_OPTIONS } from '../args.js';
import { evidenceLine } from '../evidence.js';
import type { CliIo } from '../io.js';
import { withStore } from '../open-store.js';
import { askName, noneMessage, unknownNames } from '../unknown-names.js';

function statementLines(s: StatementRecord): string[] {
  const to = s.addressee ? ` to ${s.addressee.name}` : '';
  const via = s.reportedBy.length ? ` (reported by ${s.reportedBy.map((r) => r.name).join(' > ')})` : '';
  const content = s.kind === 'direct' ? `"${s.content}"` : s.content;
  return [`  ${speakerLabel(s)}${to}${via}, ${s.cue ?? '-'}: ${content}`, evidenceLine(s.document, s.span, s.sentence)];
}

export async function runConversation(argv: readonly string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, STORE_OPTIONS, 2);
  const [a, b] = p.positionals;
  if (a === undefined || b === undefined) throw new UsageError('needs two actors: kg conversation A B');
  const { items, unknown } = await withStore(p, io, async (store) => {
    const [first, second] = [await askName(store, a), await askName(store, b)];
    const items = await conversation(store, first.name, second.name);
    return { items, unknown: items.length ? [] : await unknownNames(store, [first, second]) };
  });
  if (boolFlag(p, 'json')) {
    io.out(JSON.stringify(items, null, 2));
    return 0;
  }
  if (items.length === 0) io.out(noneMessage(`nothing between ${a} and ${b}`, unknown));
  for (const item of items) {
    if (item.kind === 'statement') io.out(statementLines(item.statement).join('\n'));
    else {
      const r = item.relation;
      io.out(`  ${r.source.name} ${r.type.replace(/_/g, ' ')} ${r.target.name}\n${evidenceLine(r.document, r.span, r.sentence)}`);
    }
  }
  return 0;
}

export async function runAbout(argv: readonly string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, STORE_OPTIONS, 1);
  const [name] = p.positionals;
  if (name === undefined) throw new UsageError('needs an entity: kg about "North Korea"');
  const answer = await withStore(p, io, async (store) => about(store, (await askName(store, name)).name));
  if (boolFlag(p, 'json')) {
    io.out(JSON.stringify(answer, null, 2));
    return 0;
  }
  if (!answer.entity) {
    io.out(`no entity answers to "${name}"`);
    return 0;
  }
  io.out(`${answer.entity.name} (${answer.entity.type}): ${answer.statements.length} statements mention it`);
  for (const s of answer.statements) io.out(statementLines(s).join('\n'));
  return 0;
}

export async function runCorroborate(argv: readonly string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, STORE_OPTIONS, 0);
  const claims = await withStore(p, io, (store) => corroborate(store));
  if (boolFlag(p, 'json')) {
    io.out(JSON.stringify(claims, null, 2));
    return 0;
  }
  if (claims.length === 0) io.out('no claim is carried by more than one document or reporter');
  for (const c of claims) {
    const chains = c.chains.map((ch) => (ch === '' ? 'first-hand' : `via ${ch}`)).join(', ');
    io.out(`${c.speaker?.name ?? '?'}: "${c.claim}"  [${count(c.documents, 'document')}; ${chains}]`);
    for (const carrier of c.carriers) {
      const s = carrier.statement;
      const via = s.reportedBy.length ? ` via ${s.reportedBy.map((r) => r.name).join(' > ')}` : '';
      io.out(`  - ${s.document.title ?? s.document.id}${via}: "${carrier.clause}"`);
      io.out(evidenceLine(s.document, s.span, s.sentence));
    }
  }
  return 0;
}
