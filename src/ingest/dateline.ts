// The date an article gives in its dateline or first full date, even when the dateline omits the year.
import { findDates } from '../core/index.js';

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A wire dateline without a year: "March 9 (Reuters) -", "BEIJING, March 9 (Xinhua) --". */
const YEARLESS_DATELINE = new RegExp(`^(?:[\\p{Lu}][\\p{L} .'-]{0,40},\\s+)?${MONTH}\\s+(\\d{1,2})\\s*\\(`, 'mu');

/** How far into the text a dateline may stand: the title and a stamp line come first at most. */
const DATELINE_REACH = 400;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The article's date as ISO `YYYY-MM-DD`: a full date in the dateline or, failing that, the
 * first full date of the text. A yearless dateline takes its year from the first full date
 * anywhere in the text or from `yearHint` (a date given with the article).
 */
export function articleDate(text: string, yearHint?: string): string | undefined {
  const dates = findDates(text);
  const first = dates[0];
  const dateline = YEARLESS_DATELINE.exec(text.slice(0, DATELINE_REACH));
  if (dateline && (!first || first.index > dateline.index)) {
    const year = (first?.date ?? yearHint)?.slice(0, 4);
    const month = MONTHS.indexOf(dateline[1]!.slice(0, 3).toLowerCase()) + 1;
    const day = Number(dateline[2]);
    if (year && month > 0 && day >= 1 && day <= 31) {
      const iso = `${year}-${pad(month)}-${pad(day)}`;
      // A day that does not exist in that month ("February 30") gives no date.
      if (new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso)) return iso;
    }
  }
  return first?.date;
}
