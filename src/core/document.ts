// A news article as the pipeline sees it after ingest.

/** One article: its normalised text and what is known about it. */
export interface NewsDocument {
  /** Stable id derived from the text, so the same article always gets the same id. */
  id: string;
  /** The text every span of this document points into. */
  text: string;
  title?: string;
  /** ISO date, `YYYY-MM-DD`, when the article states or implies one. */
  date?: string;
  url?: string;
  publisher?: string;
  /** The file (and line, for JSONL) the article came from. */
  origin: string;
}
