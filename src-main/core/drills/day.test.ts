import { describe, expect, it } from 'vitest';
import { nextStudyDayStart, studyDayStart } from './day';

const at = (day: number, hour: number, minute = 0) => new Date(2025, 2, day, hour, minute).getTime();

describe('study days', () => {
  it('start at 4 a.m.: the small hours belong to the evening before', () => {
    expect(studyDayStart(at(10, 12))).toBe(at(10, 4));
    expect(studyDayStart(at(10, 4))).toBe(at(10, 4));
    expect(studyDayStart(at(11, 1, 30))).toBe(at(10, 4));
    expect(nextStudyDayStart(at(11, 1, 30))).toBe(at(11, 4));
    expect(nextStudyDayStart(at(10, 23))).toBe(at(11, 4));
  });

  it('follow the calendar across a month end', () => {
    expect(nextStudyDayStart(at(31, 9))).toBe(new Date(2025, 3, 1, 4).getTime());
  });
});
