// The page's frame: a header with the title, counts and search box; the graph; the side panel; a legend.
import type { EntityType } from '../../core/extraction.js';
import type { ViewData } from '../model.js';
import { TYPE_COLORS, TYPE_NAMES } from './colors.js';
import { el } from './dom.js';
import { count } from '../../core/count.js';

export interface PageParts {
  graph: HTMLElement;
  panel: HTMLElement;
  search: HTMLInputElement;
  searchStatus: HTMLElement;
}

function legend(): HTMLElement {
  const types: EntityType[] = ['person', 'organization', 'place'];
  return el(
    'div',
    { class: 'legend' },
    ...types.map((t) => {
      const dot = el('span', { class: 'dot' });
      dot.style.background = TYPE_COLORS[t];
      return el('span', {}, dot, TYPE_NAMES[t]);
    }),
    el('span', { class: 'muted' }, 'size: statements made · arrow: speaker → addressee'),
  );
}

export function buildLayout(data: ViewData): PageParts {
  const search = el('input', { class: 'search' });
  search.type = 'search';
  search.id = 'search';
  search.placeholder = 'Find an actor…';
  search.autocomplete = 'off';
  search.setAttribute('aria-label', 'Find an actor by name');
  const searchStatus = el('span', { class: 'search-status' });
  searchStatus.setAttribute('role', 'status');
  const counts = [
    count(data.actors.length, 'actor'),
    count(data.links.length, 'said-to link'),
    count(data.statements.length, 'statement'),
    count(data.documents, 'document'),
  ].join(' · ');
  const graph = el('div', { class: 'graph' });
  graph.id = 'graph';
  const panel = el('aside', { class: 'panel' });
  panel.id = 'panel';
  document.body.append(
    el(
      'header',
      {},
      el('h1', {}, data.title),
      el('span', { class: 'counts', data: { actors: String(data.actors.length), links: String(data.links.length) } }, counts),
      el('div', { class: 'search-box' }, search, searchStatus),
    ),
    el('main', {}, el('div', { class: 'stage' }, graph, legend()), panel),
  );
  return { graph, panel, search, searchStatus };
}
