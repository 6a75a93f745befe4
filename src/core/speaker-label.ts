// How a statement's speaker is shown: by the entity's name, else by the source as written.

/** True when a source is a relative pronoun ("who"): it stands for a noun elsewhere in the sentence. */
export function isRelativePronoun(source: string): boolean {
  return /^\s*(?:who|that|which|whom|whose)\s*$/i.test(source);
}

/**
 * The speaker's canonical name; a source that names no entity ("officials") as written, in
 * brackets; `unknown` when no source was read or it is a relative pronoun ("who").
 */
export function speakerLabel(s: { speaker: { name: string } | null; source: string | null }, unknown = '?'): string {
  if (s.speaker) return s.speaker.name;
  const source = s.source?.replace(/\s+/g, ' ').trim();
  return source && !isRelativePronoun(source) ? `(${source})` : unknown;
}
