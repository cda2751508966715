import { describe, expect, it } from 'vitest';
import { deleteColumn } from './fake/column-edits';
import { installAddOn } from './fake/load-code';
import { sheetByName } from './fake/spreadsheet-model';
import { MARIA, setupRequest, TWO, typeInto, valueAt } from './fake/team';

/** Maria's sheet: Rating in E, Evidence in F, Updated in G. */
const EVIDENCE_COLUMN = 6;
const UPDATED_COLUMN = 7;

describe('a rater’s Evidence or Updated column deleted from a rating sheet', () => {
  it.each([
    ['Evidence', EVIDENCE_COLUMN],
    ['Updated', UPDATED_COLUMN],
  ])(
    '%s: Refresh and "Start new school year" say which sheet and column, and setup puts it back with the ratings kept',
    (name, column) => {
      const addOn = installAddOn({ answers: [{ text: '2026-27' }, 'YES'] as never });
      addOn.call('saveSetup', setupRequest(TWO));
      typeInto(addOn.workbook, MARIA, 5, 5, 'Emerging');
      typeInto(addOn.workbook, MARIA, 6, 5, 'Progressing');
      const maria = sheetByName(addOn.workbook, MARIA);
      if (!maria) throw new Error('no rating sheet for Maria');
      deleteColumn(maria, column);

      addOn.call('refreshDashboard');
      const refreshed = addOn.ui.alerts.at(-1)?.message ?? '';
      expect(refreshed).toContain(`Sheet "${MARIA}"`);
      expect(refreshed).toContain(`${name} column`);
      expect(refreshed).not.toContain('stopped before it finished');

      addOn.call('startNewSchoolYear');
      const newYear = addOn.ui.alerts.at(-1)?.message ?? '';
      expect(newYear).toContain(`${name} column`);
      expect(sheetByName(addOn.workbook, 'Ratings archive')).toBeUndefined();
      expect(valueAt(addOn.workbook, MARIA, 5, 5)).toBe('Emerging');

      // The same team saved again (members keep the ids setup gave them).
      addOn.call('saveSetup', setupRequest(TWO.map((m, i) => ({ ...m, id: `r${i + 1}` }))));
      expect(valueAt(addOn.workbook, MARIA, 5, 5)).toBe('Emerging');
      expect(valueAt(addOn.workbook, MARIA, 6, 5)).toBe('Progressing');
      expect(String(valueAt(addOn.workbook, MARIA, 4, column))).toMatch(new RegExp(`^${name}`));
      addOn.call('refreshDashboard');
      expect(addOn.ui.alerts.at(-1)?.message ?? '').not.toContain(`${name} column`);
    },
  );
});
