import { describe, expect, it } from 'vitest';
import {
  ON_PLAN_COLUMN,
  planMarksAfterTickEdit,
  readPlanMarks,
  TICK_COLUMN,
} from '../../../apps-script/workbook/priorities-sheet';

/** A Priorities row: id in B, tick in M, "On the action plan" in N. */
function row(id: string, ticked: boolean | string, onPlan: string): unknown[] {
  const cells: unknown[] = Array(ON_PLAN_COLUMN).fill('');
  cells[1] = id;
  cells[TICK_COLUMN - 1] = ticked;
  cells[ON_PLAN_COLUMN - 1] = onPlan;
  return cells;
}

const DELETED =
  'Deleted from the Action plan, so not added again. Untick it and tick it again to add it back at the next refresh.';
const DELETED_BEFORE =
  'Deleted from the Action plan, so not added again. Untick it and refresh to add it again later.';

describe('editing a tick on Priorities', () => {
  const grid = [
    row('Id', 'Add to action plan', 'On the action plan'),
    row('1.1.1', false, DELETED),
    row('1.1.2', true, 'Yes'),
    row('Id', 'Add to action plan', 'On the action plan'),
    row('1.1.1', true, DELETED),
  ];

  it('forgets the edited indicator’s mark on every row listing it, and nothing else', () => {
    const column = planMarksAfterTickEdit(grid, 2, 2);
    expect(column).toEqual([['On the action plan'], [''], ['Yes'], ['On the action plan'], ['']]);
    expect(readPlanMarks(grid.map((r, i) => [...r.slice(0, -1), column?.[i]?.[0]]))).toEqual(
      new Map([['1.1.2', 'on-plan']]),
    );
  });

  it('changes nothing for a header row or a row without a mark', () => {
    expect(planMarksAfterTickEdit(grid, 1, 1)).toBeUndefined();
    expect(planMarksAfterTickEdit([row('1.1.3', true, '')], 1, 1)).toBeUndefined();
  });

  it('still reads the mark older versions wrote', () => {
    expect(readPlanMarks([row('1.1.1', true, DELETED_BEFORE)])).toEqual(
      new Map([['1.1.1', 'deleted']]),
    );
    expect(planMarksAfterTickEdit([row('1.1.1', false, DELETED_BEFORE)], 1, 1)).toEqual([['']]);
  });
});
