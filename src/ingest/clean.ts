// Page junk out, article in: drops lines that are code, breadcrumbs, share buttons or empty labels.

/** Lines that only name a page widget: share buttons, related links, print, comments. */
const WIDGET = /^(share( this( story| article| page)?)?|suggest to a friend|e-?mail( this)?|print( this)?( page)?|tweet|follow us.*|related( news| stories| articles| content| links)?( programmes?)?|read more|more on this( story)?|advertisement|comments?|sign up.*|subscribe.*|back to top|skip to (main )?content)\s*:?\s*$/i;

/** A label whose value is missing: "Published date: .", "Posted by: -". */
const EMPTY_VALUE = /^[\p{L} ]{1,40}:\s*[.\-–—|]+\s*$/u;

/** A Title Case label ending in a colon: "Suggest To A Friend:". Prose ("Caddell continued:") has lower-case words. */
const TITLE_LABEL = /^(?:\p{Lu}[\p{L}'’]*|a|an|the|to|of|and|or|for|on|in|by|with)(?: (?:\p{Lu}[\p{L}'’]*|a|an|the|to|of|and|or|for|on|in|by|with)){0,5}:\s*$/u;

/** A line of bullet glyphs alone: "•", "· ·". Rules like "***" are section breaks and stay. */
const BULLETS_ONLY = /^[•·▪▸►‣◦](?:\s*[•·▪▸►‣◦])*$/;

/** "Home > China News"; with "/" or "|" at least two steps ("News / World / Asia"), since "Photo / Agency" is a credit. */
const BREADCRUMB = /^[\p{L}\p{N} .,'&-]{1,40}(?:(?:\s+[>»›]\s+[\p{L}\p{N} .,'&-]{1,40})+|(?:\s+[|/]\s+[\p{L}\p{N} .,'&-]{1,40}){2,})$/u;

/** Page-update stamps: "Last updated: 2018-03-10 HKT 01:13". */
const STAMP = /^(last )?(updated|modified)\s*:/i;

/** A bullet with a short link text and no sentence end: lists of related stories. */
const BULLET_LINK = /^[•·▪▸►*‣-]\s+(?=[^.!?"”]*\p{L})[^.!?"”]{1,120}$/u;

const TAG = /<\/?[a-z][\w-]*(?:\s[^>]*)?\/?>/i;
const TAGS = new RegExp(TAG.source, 'gi');

function looksLikeCode(line: string): boolean {
  // "document." ends many sentences: only a property access ("document.write") is code.
  if (/\bjQuery\b|\bfunction\s*\(|\bvar\s+\w+\s*=|\b(?:document|window)\.\w|=>/.test(line)) return true;
  // Markup: a line that starts with a tag, or holds little text besides its tags. A long sentence with a stray link stays.
  if (TAG.test(line) && (/^[[("“]?</.test(line) || line.replace(TAGS, '').trim().length < 80)) return true;
  const code = (line.match(/[{}();=<>$#\\]/g) ?? []).length;
  const letters = (line.match(/\p{L}/gu) ?? []).length;
  return code >= 3 && code >= letters / 3;
}

/** True when a line of a page is not part of the article. */
export function isJunkLine(line: string): boolean {
  const t = line.trim();
  if (t === '') return false;
  const label =
    TITLE_LABEL.test(t) &&
    /^\p{Lu}\S*\s+\S/u.test(t) &&
    // "From Bloomberg:" and "According to AP:" lead into a quoted passage.
    !/^(?:from|via|according|in|on|at|per)\b/i.test(t) &&
    // All-caps markers ("CORRECTION:") head article text, and a speech verb makes it a quote's lead-in ("Stated Stone:").
    t !== t.toUpperCase() &&
    !/\b(said|says|say|told|added|stated|wrote|declared|explained|continued|asked|noted|tweeted)\b/i.test(t);
  return (
    WIDGET.test(t) ||
    EMPTY_VALUE.test(t) ||
    label ||
    BULLETS_ONLY.test(t) ||
    BREADCRUMB.test(t) ||
    STAMP.test(t) ||
    BULLET_LINK.test(t) ||
    looksLikeCode(t)
  );
}

// Control characters other than tabs and line ends (a form feed between pages, a stray \x01): no
// text of the article, and invalid in XML exports. Each becomes a space, so offsets still hold.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * The article text of a page: line ends made `\n`, control characters made spaces, junk lines
 * removed and the blank lines they leave collapsed. Text without junk comes back as given (bar
 * line ends and control characters), so offsets read from the original file still hold.
 */
export function cleanText(raw: string): string {
  const text = raw.replace(/\r\n?/g, '\n').replace(CONTROL, ' ');
  const lines = text.split('\n');
  if (!lines.some(isJunkLine)) return text;
  return lines
    .filter((l) => !isJunkLine(l))
    .map((l) => l.replace(/[ \t\u00a0]+$/, ''))
    .join('\n')
    .replace(/\n[ \t\u00a0]*(?:\n[ \t\u00a0]*){2,}/g, '\n\n')
    .trim();
}
