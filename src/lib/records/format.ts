/**
 * Scores and dates of a record in the learner's language, the same on My progress, the
 * result dialog and the certificate.
 */

/** Formatters for one locale. */
export interface RecordFormat {
  /** A 0–1 score as a percentage (`86%`), or `none`. */
  percent(scaled: number | null): string;
  /** An ISO time as a long date in the learner's time zone (`2026年3月30日`, `March 30, 2026`), or `none`. */
  date(iso: string | null): string;
}

/** The formatters of a locale; `none` stands for a missing value. */
export function recordFormat(locale: string, none: string, timeZone?: string): RecordFormat {
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(timeZone && { timeZone }) });
  return {
    percent: (scaled) => (scaled === null ? none : percent.format(scaled)),
    date: (iso) => (iso === null || Number.isNaN(Date.parse(iso)) ? none : date.format(new Date(iso))),
  };
}
