// What the analyst has picked: nothing, an actor, or a link; listeners redraw the graph and the panel.

export type Selection = { kind: 'actor'; id: string } | { kind: 'link'; id: string } | null;

export class SelectionState {
  private current: Selection = null;
  private readonly listeners: ((s: Selection) => void)[] = [];

  get value(): Selection {
    return this.current;
  }

  set(next: Selection): void {
    this.current = next;
    for (const l of this.listeners) l(next);
  }

  onChange(listener: (s: Selection) => void): void {
    this.listeners.push(listener);
  }
}
