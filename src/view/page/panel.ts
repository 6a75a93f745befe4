// The side panel: an overview when nothing is picked, else the statements behind an actor or a link.
import type { ViewActor, ViewLink, ViewStatement } from '../model.js';
import { TYPE_COLORS, TYPE_NAMES } from './colors.js';
import { findLink, linkStatements, type ViewIndex } from './data.js';
import { actionButton, el } from './dom.js';
import { count } from '../../core/count.js';
import type { Selection, SelectionState } from './selection.js';
import { statementCard } from './statement-card.js';

function typeChip(actor: ViewActor): HTMLElement {
  const chip = el('span', { class: 'type-chip' }, TYPE_NAMES[actor.type]);
  chip.style.setProperty('--chip', TYPE_COLORS[actor.type]);
  return chip;
}

function statementList(heading: string, statements: ViewStatement[], empty: string): HTMLElement {
  return el(
    'section',
    { class: 'statements' },
    el('h3', {}, `${heading} (${statements.length})`),
    statements.length === 0 ? el('p', { class: 'muted' }, empty) : null,
    ...statements.map(statementCard),
  );
}

export class Panel {
  constructor(
    private readonly root: HTMLElement,
    private readonly index: ViewIndex,
    private readonly selection: SelectionState,
    /** Selects an actor and brings it into view. */
    private readonly reveal: (actorId: string) => void,
  ) {
    selection.onChange((s) => this.show(s));
  }

  show(s: Selection): void {
    const body =
      s?.kind === 'actor' ? this.actorView(this.index.actors.get(s.id)) : s?.kind === 'link' ? this.linkView(this.index.links.get(s.id)) : null;
    this.root.replaceChildren(body ?? this.overview());
    this.root.dataset['showing'] = body ? s!.kind : 'overview';
    this.root.scrollTop = 0;
  }

  private actorButton(id: string): HTMLElement {
    const actor = this.index.actors.get(id);
    if (!actor) return el('span', {}, id);
    return actionButton([actor.name], () => this.reveal(id));
  }

  private linkButton(link: ViewLink, label: (Node | string)[]): HTMLElement {
    return actionButton([...label, el('span', { class: 'count' }, String(link.count))], () => this.selection.set({ kind: 'link', id: link.id }), 'link-button conversation');
  }

  private overview(): HTMLElement {
    const d = this.index.data;
    const speakers = [...d.actors].filter((a) => a.said > 0).sort((a, b) => b.said - a.said || a.name.localeCompare(b.name));
    return el(
      'div',
      { class: 'overview' },
      el('h2', {}, 'Who said what to whom'),
      el('p', { class: 'muted' }, 'Click an actor, or an arrow between two actors, to read the statements and the sentences they come from. Search by name above.'),
      el('h3', {}, 'Most quoted'),
      el(
        'ol',
        { class: 'ranking' },
        ...speakers.slice(0, 15).map((a) => el('li', {}, this.actorButton(a.id), el('span', { class: 'count' }, String(a.said)))),
      ),
    );
  }

  private actorView(actor: ViewActor | undefined): HTMLElement | null {
    if (!actor) return null;
    const conversations = this.index.data.links.filter((l) => l.source === actor.id || l.target === actor.id);
    return el(
      'div',
      { class: 'actor' },
      el('h2', {}, actor.name, ' ', typeChip(actor)),
      actor.roles.length > 0 && el('p', { class: 'roles' }, actor.roles.join('; ')),
      actor.aliases.length > 0 && el('p', { class: 'muted' }, `Also named: ${actor.aliases.join(', ')}`),
      el('p', { class: 'stats' }, `${count(actor.said, 'statement')} made · ${count(actor.heard, 'statement')} addressed to ${actor.name}`),
      conversations.length > 0 &&
        el(
          'section',
          { class: 'conversations' },
          el('h3', {}, 'Spoke with'),
          ...conversations.map((l) =>
            l.source === actor.id
              ? this.linkButton(l, [`to ${this.index.actors.get(l.target)?.name ?? l.target}`])
              : this.linkButton(l, [`from ${this.index.actors.get(l.source)?.name ?? l.source}`]),
          ),
        ),
      statementList(`Said by ${actor.name}`, this.index.bySpeaker.get(actor.id) ?? [], 'No statement is attributed to this actor.'),
      statementList(`Said to ${actor.name}`, this.index.byAddressee.get(actor.id) ?? [], 'No statement is addressed to this actor.'),
    );
  }

  private linkView(link: ViewLink | undefined): HTMLElement | null {
    if (!link) return null;
    const reverse = findLink(this.index, link.target, link.source);
    const source = this.index.actors.get(link.source)?.name ?? link.source;
    const target = this.index.actors.get(link.target)?.name ?? link.target;
    return el(
      'div',
      { class: 'link' },
      el('h2', {}, this.actorButton(link.source), el('span', { class: 'arrow' }, ' → '), this.actorButton(link.target)),
      el('p', { class: 'stats' }, `${count(link.count, 'statement')} by ${source} addressed to ${target}`),
      reverse && el('p', {}, this.linkButton(reverse, [`The other way: ${target} → ${source}`])),
      statementList('Statements', linkStatements(this.index, link), 'No statement records behind this link.'),
    );
  }
}
