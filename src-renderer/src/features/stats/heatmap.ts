/** The practice calendar's layout: days in week columns (Monday first), each with a level 0–4 of how much was done. */
import type { StatsDay } from '../../../../src-main/contract';

export interface HeatCell {
  date: string;
  /** 0 (nothing) to 4 (the busiest days). */
  level: number;
  /** "12 cards, 8 min of mock interviews". */
  label: string;
}

/** Weeks as columns of 7 (Monday to Sunday); days before the first and after the last are null. */
export function heatmapWeeks(days: readonly StatsDay[]): (HeatCell | null)[][] {
  const busiest = Math.max(1, ...days.map(activity));
  const weeks: (HeatCell | null)[][] = [];
  let week: (HeatCell | null)[] = [];
  days.forEach((day, i) => {
    const weekday = (new Date(`${day.date}T12:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
    if (i === 0) week = Array<HeatCell | null>(weekday).fill(null);
    else if (weekday === 0) {
      weeks.push(week);
      week = [];
    }
    const amount = activity(day);
    week.push({ date: day.date, level: amount === 0 ? 0 : Math.min(4, Math.ceil((amount / busiest) * 4)), label: describeDay(day) });
  });
  if (week.length > 0) weeks.push([...week, ...Array<HeatCell | null>(7 - week.length).fill(null)]);
  return weeks;
}

/** A card and a minute of mock interview count alike. */
function activity(day: StatsDay): number {
  return day.reviews + day.mockMinutes;
}

function describeDay(day: StatsDay): string {
  const parts: string[] = [];
  if (day.reviews > 0) parts.push(`${day.reviews} ${day.reviews === 1 ? 'card' : 'cards'}`);
  if (day.mockMinutes > 0) parts.push(`${Math.round(day.mockMinutes)} min of mock interviews`);
  return `${day.date}: ${parts.length > 0 ? parts.join(', ') : 'no practice'}`;
}
