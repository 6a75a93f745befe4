// A person named by one word ("Clinton", "Xi") linked to the full name it stands for.
import type { Entity, Mention } from '../core/index.js';
import type { EntityTable } from './entity-table.js';
import { nameWords, shortForms, surface } from './names.js';

/** A full name a lone word can stand for: the entity it names and a form of that name. */
export interface FullName {
  id: string;
  name: string;
}

interface InDocument extends FullName {
  count: number;
  /** Where the full name is written, in text order. */
  starts: number[];
}

/**
 * Full names by the lone words they can be called by, in each document and over the batch and
 * the store. Within a document a surname goes to the full name written there ("Bill Clinton" in
 * one article, "Hillary Clinton" in another); across documents only to the one person the batch
 * and the store know by it, since a surname shared by two people names neither.
 */
export class LoneNameIndex {
  private readonly inDocument = new Map<string, Map<string, Map<string, InDocument>>>();
  private readonly everywhere = new Map<string, Map<string, FullName>>();

  constructor(
    names: readonly Mention[],
    known: readonly Entity[],
    private readonly table: EntityTable,
    fullNameOf: (m: Mention) => string,
  ) {
    for (const e of known) {
      if (e.type !== 'person') continue;
      for (const form of [e.name, ...e.aliases]) this.addEverywhere(form, { id: e.id, name: e.name });
    }
    for (const m of names) {
      // Only names written in full: the gazetteer's guess for a lone word is no evidence of its own.
      if (m.type !== 'person' || isLoneName(surface(m))) continue;
      const name = fullNameOf(m);
      const words = shortForms(name);
      if (words.length === 0) continue;
      const id = table.idFor(name, 'person');
      this.addEverywhere(name, { id, name });
      let doc = this.inDocument.get(m.documentId);
      if (!doc) this.inDocument.set(m.documentId, (doc = new Map()));
      for (const w of words) {
        let byId = doc.get(w);
        if (!byId) doc.set(w, (byId = new Map()));
        const seen = byId.get(id) ?? { id, name, count: 0, starts: [] };
        seen.count++;
        seen.starts.push(m.span.start);
        byId.set(id, seen);
      }
    }
  }

  private addEverywhere(name: string, full: FullName): void {
    for (const w of shortForms(name)) {
      let byId = this.everywhere.get(w);
      if (!byId) this.everywhere.set(w, (byId = new Map()));
      if (!byId.has(full.id)) byId.set(full.id, full);
    }
  }

  /**
   * The full name a one-word person mention stands for: undefined when nothing is known by the
   * word, null when several people are. The gazetteer's `guess` counts as one more known person.
   */
  fullNameFor(m: Mention, word: string, guess?: string): FullName | null | undefined {
    const w = word.toLowerCase();
    const here = [...(this.inDocument.get(m.documentId)?.get(w)?.values() ?? [])];
    if (here.length > 0) return mostWritten(here, m.span.start) ?? null;
    const anywhere = new Map(this.everywhere.get(w));
    if (guess && nameWords(guess).length > 1) {
      const id = this.table.idFor(guess, 'person');
      if (!anywhere.has(id)) anywhere.set(id, { id, name: guess });
    }
    if (anywhere.size === 0) return undefined;
    return anywhere.size === 1 ? [...anywhere.values()][0]! : null;
  }
}

/**
 * Of several people in one document sharing a surname, the one written in full most often (the
 * article's subject); on a tie, the one written in full last before the mention.
 */
function mostWritten(candidates: InDocument[], at: number): FullName | undefined {
  const lastBefore = (c: InDocument) => Math.max(-1, ...c.starts.filter((s) => s < at));
  const [best, next] = [...candidates].sort((a, b) => b.count - a.count || lastBefore(b) - lastBefore(a));
  if (next && next.count === best!.count && lastBefore(next) === lastBefore(best!)) return undefined;
  return best;
}

/** True when a person mention is a single word, so it may stand for a full name. */
export function isLoneName(name: string): boolean {
  return nameWords(name).length === 1;
}
