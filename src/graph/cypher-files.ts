// Cypher lives in .cypher files under cypher/, loaded by name; labels and types come only from fixed lists.
import { readFileSync } from 'node:fs';
import { EDGE_TYPES, ENTITY_LABELS } from './model.js';

const cache = new Map<string, string>();

/** The text of `cypher/NAME.cypher` (or `cypher/store/NAME.cypher` for `store/NAME`). */
export function cypherFile(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`../../cypher/${name}.cypher`, import.meta.url), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** The statements of a file, split at semicolons that end a line; comment lines dropped. */
export function cypherStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const ALLOWED = new Set<string>([...Object.values(ENTITY_LABELS), 'Entity', 'Document', 'Statement', ...EDGE_TYPES]);

/** Fills `{{LABEL}}`-style slots; only names of the model are accepted, never text from a user. */
export function fillTemplate(text: string, slots: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, slot: string) => {
    const value = slots[slot];
    if (value === undefined || !ALLOWED.has(value)) throw new Error(`template slot ${slot} has no allowed value (${value})`);
    return value;
  });
}
