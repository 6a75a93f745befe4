// The date an article states: its dateline or first full date, as ISO YYYY-MM-DD.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const ISO = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'g');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+((?:19|20)\\d{2})\\b`, 'g');

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return d.toISOString().slice(0, 10);
}

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** Every full date in the text with its position. */
export function findDates(text: string): { index: number; date: string }[] {
  const found: { index: number; date: string }[] = [];
  const add = (index: number, date: string | null) => {
    if (date) found.push({ index, date });
  };
  for (const m of text.matchAll(ISO)) add(m.index, iso(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of text.matchAll(MONTH_DAY_YEAR)) add(m.index, iso(Number(m[3]), monthNumber(m[1]!), Number(m[2])));
  for (const m of text.matchAll(DAY_MONTH_YEAR)) add(m.index, iso(Number(m[3]), monthNumber(m[2]!), Number(m[1])));
  return found.sort((a, b) => a.index - b.index);
}

/** The first full date of the text, where datelines stand; undefined when it states none. */
export function documentDate(text: string): string | undefined {
  return findDates(text)[0]?.date;
}
