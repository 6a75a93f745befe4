// A small read-only handle on window for scripts and page tests: counts, and where things are drawn.
// Kept free of DOM and sigma types so Node-side tests can name it.

export interface ViewHooks {
  nodeCount: number;
  edgeCount: number;
  /** The actor answering to `name` exactly (name or alias, any case). */
  actorId(name: string): string | null;
  /** The SAID_TO link between two actors named exactly, if drawn. */
  linkId(source: string, target: string): string | null;
  /** Where a node's centre is, in CSS pixels from the graph's top-left corner. */
  nodePosition(id: string): { x: number; y: number } | null;
  /** A point on the drawn link halfway along, in the same pixels. */
  linkMidpoint(id: string): { x: number; y: number } | null;
}
