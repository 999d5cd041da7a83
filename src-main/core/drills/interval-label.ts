/**
 * Short labels for the grade buttons ("<1 min", "10 min", "4 d", "2.5 mo"),
 * with Anki's conventions: a month is 30 days, a year 365; months and years
 * keep one decimal, the rest are whole.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

export function formatInterval(ms: number): string {
  if (ms < MINUTE) return '<1 min';
  if (ms < HOUR) return `${Math.round(ms / MINUTE)} min`;
  if (ms < DAY) return `${Math.round(ms / HOUR)} h`;
  if (ms < MONTH) return `${Math.round(ms / DAY)} d`;
  if (ms < YEAR) return `${oneDecimal(ms / MONTH)} mo`;
  return `${oneDecimal(ms / YEAR)} y`;
}

function oneDecimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}
