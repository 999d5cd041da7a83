/**
 * A study day starts at 4 a.m. local time, as in Anki: reviewing past
 * midnight still counts for the evening's day, and a card buried at 1 a.m.
 * comes back the next morning, not an hour later.
 */
export const DAY_STARTS_AT_HOUR = 4;

/** Epoch ms when the study day containing `now` began. */
export function studyDayStart(now: number): number {
  const date = new Date(now);
  date.setHours(DAY_STARTS_AT_HOUR, 0, 0, 0);
  if (date.getTime() > now) date.setDate(date.getDate() - 1);
  return date.getTime();
}

/** Epoch ms when the next study day begins. */
export function nextStudyDayStart(now: number): number {
  const date = new Date(studyDayStart(now));
  // setDate, not + 24 h: a day with a daylight-saving change is 23 or 25 hours long.
  date.setDate(date.getDate() + 1);
  return date.getTime();
}
