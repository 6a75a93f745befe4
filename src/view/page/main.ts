// The view page: reads the embedded data, draws the actors with sigma, and wires search and panel.
import './style.css';
import { readViewData } from './data.js';
import { buildActorGraph } from './graph.js';
import type { ViewHooks } from './hooks-api.js';
import { viewHooks } from './hooks.js';
import { buildLayout } from './layout.js';
import { Panel } from './panel.js';
import { centerOn, createRenderer } from './renderer.js';
import { wireSearch } from './search.js';
import { SelectionState } from './selection.js';

declare global {
  interface Window {
    newsgraphView?: ViewHooks;
  }
}

const index = readViewData();
const parts = buildLayout(index.data);
const graph = buildActorGraph(index.data);
const selection = new SelectionState();
const renderer = createRenderer(graph, parts.graph, selection);
// Picking an actor by name, in the search box or the panel, brings it into view; a click on the graph does not move it.
const reveal = (id: string) => {
  selection.set({ kind: 'actor', id });
  void centerOn(renderer, id);
};
const panel = new Panel(parts.panel, index, selection, reveal);
panel.show(null);
wireSearch(parts.search, parts.searchStatus, index, (actor) => reveal(actor.id));

window.newsgraphView = viewHooks(graph, renderer);
document.body.dataset['ready'] = 'true';
