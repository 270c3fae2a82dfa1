/**
 * A publication date as YYYY-MM-DD, or '' when `value` holds none. Pages write ISO dates with a
 * time and zone ("2025-10-25T09:30:00+07:00"): the date is the one written, in the publisher's
 * zone, not the reader's.
 */
export function isoDate(value: string): string {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return '';
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // 2025-02-30 is no date: the UTC date rolls over and no longer reads the same.
  return date.toISOString().slice(0, 10) === `${year}-${month}-${day}`
    ? `${year}-${month}-${day}`
    : '';
}
