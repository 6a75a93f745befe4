// The search box: a name or alias, any case; an exact match wins, then a name starting with it, then one containing it.
import type { ViewActor } from '../model.js';
import type { ViewIndex } from './data.js';
import { el } from './dom.js';

function names(a: ViewActor): string[] {
  return [a.name, ...a.aliases].map((n) => n.toLowerCase());
}

/** The best actor for `query`; prolific speakers first among equal matches. */
export function findActor(actors: readonly ViewActor[], query: string): ViewActor | undefined {
  const q = query.trim().toLowerCase();
  if (!q) return undefined;
  const ranked = [...actors].sort((a, b) => b.said - a.said || a.name.localeCompare(b.name));
  return (
    ranked.find((a) => names(a).includes(q)) ??
    ranked.find((a) => names(a).some((n) => n.startsWith(q) || n.split(/\s+/).some((w) => w.startsWith(q)))) ??
    ranked.find((a) => names(a).some((n) => n.includes(q)))
  );
}

/** Wires the box: suggestions from every name and alias; Enter or picking a suggestion selects. */
export function wireSearch(input: HTMLInputElement, status: HTMLElement, index: ViewIndex, select: (actor: ViewActor) => void): void {
  const list = el('datalist');
  list.id = 'actor-names';
  const seen = new Set<string>();
  for (const a of index.data.actors) {
    for (const n of [a.name, ...a.aliases]) {
      if (seen.has(n)) continue;
      seen.add(n);
      const option = el('option');
      option.value = n;
      list.append(option);
    }
  }
  input.after(list);
  input.setAttribute('list', list.id);

  const run = (exactOnly: boolean) => {
    const q = input.value;
    const exact = index.data.actors.find((a) => names(a).includes(q.trim().toLowerCase()));
    const actor = exact ?? (exactOnly ? undefined : findActor(index.data.actors, q));
    status.textContent = q.trim() && !actor && !exactOnly ? `No actor named “${q.trim()}”` : '';
    if (actor) select(actor);
  };
  // Picking a suggestion fills the box with a whole name: select at once.
  input.addEventListener('input', () => run(true));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') run(false);
    if (e.key === 'Escape') {
      input.value = '';
      status.textContent = '';
    }
  });
}
