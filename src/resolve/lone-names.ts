// A person named by one word ("Clinton", "Xi") linked to the full name it stands for.
import type { Entity, Mention, RoleMention } from '../core/index.js';
import type { EntityTable } from './entity-table.js';
import { HeldTitles, TitlesAtMentions } from './held-titles.js';
import { nameWords, shortForms, surface } from './names.js';

/** A full name a lone word can stand for: the entity it names and a form of that name. */
export interface FullName {
  id: string;
  name: string;
}

interface InDocument extends FullName {
  /** Where it is first written in full (or, by title, alone) in the document. */
  first: number;
}

// A full name stands for a lone word shared with others when written at least this often, and this
// many times as often as all the others together.
const PROMINENT_MIN = 20;
const PROMINENT_RATIO = 10;

/** True when a person's name is a single word, so it may stand for a full name. */
export function isLoneName(name: string): boolean {
  return nameWords(name).length === 1;
}

/**
 * Full names by the lone words they can be called by, in each document and over the batch and
 * the store. Within a document a surname goes to the full name written there ("Bill Clinton" in
 * one article, "Hillary Clinton" in another); across documents only to the one person the batch
 * and the store know by it, since a surname shared by two people names neither, unless the batch
 * writes one of them in full ten times as often as the others together. A title before
 * the lone word picks among several people when only one of them is written with it ("Former
 * President Clinton", "Speaker Ryan").
 */
export class LoneNameIndex {
  private readonly inDocument = new Map<string, Map<string, Map<string, InDocument>>>();
  private readonly everywhere = new Map<string, Map<string, FullName>>();
  private readonly byTitle = new Map<string, FullName>();
  /** Stored people by the lone words they are already called by ("Clinton" for both Clintons). */
  private readonly calledAlone = new Map<string, Set<string>>();
  /** How often the batch writes each person's name in full. */
  private readonly writtenInFull = new Map<string, number>();

  constructor(
    names: readonly Mention[],
    roles: readonly RoleMention[],
    known: readonly Entity[],
    private readonly table: EntityTable,
    fullNameOf: (m: Mention) => string,
  ) {
    for (const e of known) {
      if (e.type !== 'person') continue;
      for (const form of [e.name, ...e.aliases]) {
        this.addEverywhere(form, { id: e.id, name: e.name });
        if (isLoneName(form) && !isLoneName(e.name)) {
          const w = form.toLowerCase();
          if (!this.calledAlone.has(w)) this.calledAlone.set(w, new Set());
          this.calledAlone.get(w)!.add(e.id);
        }
      }
    }
    const titles = new TitlesAtMentions(roles);
    const held = new HeldTitles();
    const lone: Mention[] = [];
    for (const m of names) {
      if (m.type !== 'person') continue;
      // Only names written in full are evidence: the gazetteer's guess for a lone word is not.
      if (isLoneName(surface(m))) {
        lone.push(m);
        continue;
      }
      const name = fullNameOf(m);
      const full = { id: table.idFor(name, 'person'), name };
      this.writtenInFull.set(full.id, (this.writtenInFull.get(full.id) ?? 0) + 1);
      this.addEverywhere(name, full);
      this.addInDocument(m, name, full);
      const title = titles.of(m);
      if (title) {
        held.add(full.id, title);
        held.add(full.id, title, m.documentId);
      }
    }
    for (const m of lone) {
      const title = titles.of(m);
      if (!title) continue;
      const word = surface(m);
      const here = this.inDocumentFor(m, word);
      const all = new Map<string, FullName>([...this.everywhereFor(word, m.canonical), ...here].map((c) => [c.id, c]));
      // The one written with the title in this document; else the one the batch clearly gives
      // it to ("Secretary Clinton" where only Bill Clinton is written in full); else the one of
      // this document who holds it elsewhere.
      const full = held.pick(here, title, m.documentId) ?? held.pick([...all.values()], title) ?? held.pick(here, title);
      if (!full) continue;
      this.byTitle.set(m.id, full);
      this.addInDocument(m, word, full);
    }
  }

  private addEverywhere(name: string, full: FullName): void {
    for (const w of shortForms(name)) {
      let byId = this.everywhere.get(w);
      if (!byId) this.everywhere.set(w, (byId = new Map()));
      if (!byId.has(full.id)) byId.set(full.id, full);
    }
  }

  /** Indexes `full` in the mention's document under the lone words of `written`. */
  private addInDocument(m: Mention, written: string, full: FullName): void {
    let doc = this.inDocument.get(m.documentId);
    if (!doc) this.inDocument.set(m.documentId, (doc = new Map()));
    const words = isLoneName(written) ? [written.toLowerCase()] : shortForms(written);
    for (const w of words) {
      let byId = doc.get(w);
      if (!byId) doc.set(w, (byId = new Map()));
      const seen = byId.get(full.id);
      if (!seen || m.span.start < seen.first) byId.set(full.id, { ...full, first: m.span.start });
    }
  }

  private inDocumentFor(m: Mention, word: string): InDocument[] {
    return [...(this.inDocument.get(m.documentId)?.get(word.toLowerCase())?.values() ?? [])];
  }

  /** The people the batch and the store know by a word, the gazetteer's `guess` among them. */
  private everywhereFor(word: string, guess?: string | null): FullName[] {
    const all = new Map(this.everywhere.get(word.toLowerCase()));
    if (guess && !isLoneName(guess)) {
      const id = this.table.idFor(guess, 'person');
      if (!all.has(id)) all.set(id, { id, name: guess });
    }
    return [...all.values()];
  }

  /**
   * The full name a one-word person mention stands for: undefined when no one is known by the
   * word, null when several people are and nothing tells which.
   */
  fullNameFor(m: Mention, word: string, guess?: string | null): FullName | null | undefined {
    const titled = this.byTitle.get(m.id);
    if (titled) return titled;
    const here = this.inDocumentFor(m, word);
    // Of several people in the document, the one written first: the article's subject.
    if (here.length > 0) return here.reduce((a, b) => (b.first < a.first ? b : a));
    const anywhere = this.everywhereFor(word, guess);
    if (anywhere.length === 0) return undefined;
    if (anywhere.length === 1) return anywhere[0]!;
    // Of several, the one stored people are already called by alone: what an earlier ingest
    // linked the word to stays linked when people who share it are stored later.
    const called = anywhere.filter((c) => this.calledAlone.get(word.toLowerCase())?.has(c.id));
    if (called.length === 1) return called[0]!;
    return this.prominent(anywhere);
  }

  // Of several, one the batch writes in full far more often than all the others together: where
  // "Barack Obama" is written 2,000 times and "Michelle Obama" 100, a bare "Obama" is him.
  private prominent(candidates: readonly FullName[]): FullName | null {
    const counts = candidates.map((c) => this.writtenInFull.get(c.id) ?? 0);
    const top = Math.max(...counts);
    const others = counts.reduce((a, b) => a + b, 0) - top;
    return top >= PROMINENT_MIN && top >= PROMINENT_RATIO * others ? candidates[counts.indexOf(top)]! : null;
  }
}
