// Reads the data the HTML carries and indexes it for the panel and the search box.
import { VIEW_DATA_ELEMENT_ID, type ViewActor, type ViewData, type ViewLink, type ViewStatement } from '../model.js';
import { byId } from './dom.js';

export interface ViewIndex {
  data: ViewData;
  actors: Map<string, ViewActor>;
  links: Map<string, ViewLink>;
  /** Statements by speaker id and by addressee id, in `kg statements` order. */
  bySpeaker: Map<string, ViewStatement[]>;
  byAddressee: Map<string, ViewStatement[]>;
}

function group(statements: ViewStatement[], key: (s: ViewStatement) => string | undefined): Map<string, ViewStatement[]> {
  const out = new Map<string, ViewStatement[]>();
  for (const s of statements) {
    const k = key(s);
    if (k === undefined) continue;
    const list = out.get(k) ?? [];
    list.push(s);
    out.set(k, list);
  }
  return out;
}

export function readViewData(): ViewIndex {
  const data = JSON.parse(byId(VIEW_DATA_ELEMENT_ID).textContent ?? '') as ViewData;
  return {
    data,
    actors: new Map(data.actors.map((a) => [a.id, a])),
    links: new Map(data.links.map((l) => [l.id, l])),
    bySpeaker: group(data.statements, (s) => s.speaker?.id),
    byAddressee: group(data.statements, (s) => s.addressee?.id),
  };
}

/** The statements behind a SAID_TO link: by its source, addressed to its target. */
export function linkStatements(index: ViewIndex, link: ViewLink): ViewStatement[] {
  return (index.bySpeaker.get(link.source) ?? []).filter((s) => s.addressee?.id === link.target);
}

/** The link from `source` to `target`, if they spoke that way. */
export function findLink(index: ViewIndex, source: string, target: string): ViewLink | undefined {
  return index.data.links.find((l) => l.source === source && l.target === target);
}
