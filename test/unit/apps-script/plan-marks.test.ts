import { describe, expect, it } from 'vitest';
import {
  ON_PLAN_COLUMN,
  planMarksAfterTickEdit,
  readPlanMarks,
  TICK_COLUMN,
  ticksAfterTickEdit,
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

/** Priorities with both tables; 1.1.1 is in both, unticked in the first only. */
const grid = [
  row('Id', 'Add to action plan', 'On the action plan'),
  row('1.1.1', false, DELETED),
  row('1.1.2', true, 'Yes'),
  row('Id', 'Add to action plan', 'On the action plan'),
  row('1.1.1', true, DELETED),
];

describe('editing a tick on Priorities', () => {
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

describe('a tick edited on one row of an indicator listed in both tables', () => {
  it('is copied to every other row listing that indicator, and nowhere else', () => {
    expect(ticksAfterTickEdit(grid, 2, 2)).toEqual([
      ['Add to action plan'],
      [false],
      [true],
      ['Add to action plan'],
      [false],
    ]);
    const ticked = grid.map((r, i) => (i === 4 ? row('1.1.1', true, DELETED) : r));
    ticked[1] = row('1.1.1', true, DELETED);
    expect(ticksAfterTickEdit(ticked, 2, 2)).toBeUndefined();
  });

  it('changes nothing for a header row, an indicator listed once, or rows edited with different ticks', () => {
    expect(ticksAfterTickEdit(grid, 1, 1)).toBeUndefined();
    expect(ticksAfterTickEdit(grid, 3, 3)).toBeUndefined();
    expect(ticksAfterTickEdit(grid, 1, 5)).toBeUndefined();
  });
});
