import { describe, expect, it } from 'vitest';
import {
  schoolYearChanges,
  schoolYearChangeWarning,
} from '../../../apps-script/setup/school-year-change';

describe('a school year changed in setup', () => {
  it('is a change only when the workbook has a year and a different one is typed', () => {
    expect(schoolYearChanges('2025-26', '2026-27')).toBe(true);
    expect(schoolYearChanges('2025-26', ' 2025-26 ')).toBe(false);
    expect(schoolYearChanges('Year A', 'year a')).toBe(false);
    // The same year written another way, as the Evidence log counts it: no warning.
    expect(schoolYearChanges('2025-26', '2025-2026')).toBe(false);
    expect(schoolYearChanges('2025-26', '2025/26')).toBe(false);
    expect(schoolYearChanges('2025-26', '2026-2027')).toBe(true);
    // First setup, or the field emptied (the field's own check says what is missing).
    expect(schoolYearChanges(undefined, '2026-27')).toBe(false);
    expect(schoolYearChanges('2025-26', '  ')).toBe(false);
  });

  it('is explained before saving: what it does, what "Start new school year" does instead, and how to confirm', () => {
    const told = schoolYearChangeWarning('2025-26', ' 2026-27');
    expect(told.warning).toBe(
      'Changing the year here does not start a new school year: any ratings already entered stay on the rating sheets and count for 2026-27. If 2025-26 has ended, put 2025-26 back here and choose "Start new school year" from the add-on menu instead: it archives 2025-26’s ratings and notes to "Ratings archive" first and gives 2026-27 empty rating sheets.',
    );
    expect(told.confirmLabel).toBe('Yes, count the ratings already entered for 2026-27');
    expect(told.unconfirmed).toBe(
      'Tick "Yes, count the ratings already entered for 2026-27" to save the new year, or put 2025-26 back.',
    );
  });
});
