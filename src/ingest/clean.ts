// Page junk out, article in: drops lines that are code, breadcrumbs, share buttons or empty labels.

/** Lines that only name a page widget: share buttons, related links, print, comments. */
const WIDGET = /^(share( this( story| article| page)?)?|suggest to a friend|e-?mail( this)?|print( this)?( page)?|tweet|follow us.*|related( news| stories| articles| content| links)?( programmes?)?|read more|more on this( story)?|advertisement|comments?|sign up.*|subscribe.*|back to top|skip to (main )?content)\s*:?\s*$/i;

/** A label with nothing after it, or only a dot: "Published date: .", "Suggest To A Friend:". */
const EMPTY_LABEL = /^[\p{L} ]{1,40}:\s*\.?\s*$/u;

/** "Home > China News", "News / World / Asia". */
const BREADCRUMB = /^[\p{L}\p{N} .,'&-]{1,40}(\s+[>»›|/]\s+[\p{L}\p{N} .,'&-]{1,40})+$/u;

/** Page-update stamps: "Last updated: 2018-03-10 HKT 01:13". */
const STAMP = /^(last )?(updated|modified)\s*:/i;

/** A bullet with a short link text and no sentence end: lists of related stories. */
const BULLET_LINK = /^[•·▪▸►*‣-]\s+[^.!?"”]{1,120}$/;

function looksLikeCode(line: string): boolean {
  if (/\bjQuery\b|\bfunction\s*\(|\bvar\s+\w+\s*=|document\.|window\.|=>|<\/?\w+[^>]*>/.test(line)) return true;
  const code = (line.match(/[{}();=<>$#\\]/g) ?? []).length;
  const letters = (line.match(/\p{L}/gu) ?? []).length;
  return code >= 3 && code >= letters / 3;
}

/** True when a line of a page is not part of the article. */
export function isJunkLine(line: string): boolean {
  const t = line.trim();
  if (t === '') return false;
  // "He said:" before a quotation is article text, not an empty label.
  const emptyLabel = EMPTY_LABEL.test(t) && !/\b(said|says|say|told|added|stated|wrote|declared|explained)\s*:/i.test(t);
  return WIDGET.test(t) || emptyLabel || BREADCRUMB.test(t) || STAMP.test(t) || BULLET_LINK.test(t) || looksLikeCode(t);
}

/**
 * The article text of a page: junk lines removed, line ends and spaces normalised, at most
 * one blank line between paragraphs. Well-formed article text passes through unchanged but
 * for line ends and trailing spaces.
 */
export function cleanText(raw: string): string {
  const lines = raw.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').split('\n');
  const kept = lines.filter((l) => !isJunkLine(l)).map((l) => l.replace(/[ \t]+$/, ''));
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
