/** Dates and times as the user's clock shows them, for names of files the user sees. */

/** `YYYY-MM-DD`, `HH:mm` and the seconds (`ss`) of `epochMs` in local time: a session at 23:30 is that day's. */
export function localDateTime(epochMs: number): { date: string; time: string; seconds: string } {
  const at = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
    seconds: pad(at.getSeconds()),
  };
}
