import { describe, expect, it } from 'vitest';
import { choosePlanRows, readActionPlan } from '../../../apps-script/workbook/action-plan';
import type { PlanMark } from '../../../apps-script/workbook/priorities-sheet';

/** An Action plan holding rows for these indicators. */
function planWith(...ids: string[]) {
  return readActionPlan([
    ['goal', 'indicator'],
    [],
    [],
    ['Goal', 'Indicator'],
    ...ids.map((id) => ['', `${id} text`, 'steps the team typed']),
  ]);
}

describe('which ticked indicators get an Action plan row', () => {
  const previous = new Map<string, PlanMark>([
    ['1.1.1', 'on-plan'],
    ['1.1.2', 'deleted'],
    ['1.1.3', 'on-plan'],
  ]);

  it('adds a newly ticked one, keeps one on the plan, and does not bring back one the team deleted', () => {
    const { toAdd, marks } = choosePlanRows(
      new Set(['1.1.1', '1.1.2', '1.1.3', '2.1.1']),
      previous,
      planWith('1.1.3'),
    );
    expect(toAdd).toEqual(['2.1.1']);
    expect(Object.fromEntries(marks)).toEqual({
      '1.1.1': 'deleted',
      '1.1.2': 'deleted',
      '1.1.3': 'on-plan',
      '2.1.1': 'on-plan',
    });
  });

  it('forgets an unticked one, so ticking it again adds it', () => {
    const unticked = choosePlanRows(new Set(['1.1.3']), previous, planWith('1.1.3'));
    expect([...unticked.marks.keys()]).toEqual(['1.1.3']);
    const ticked = choosePlanRows(new Set(['1.1.1']), unticked.marks, planWith('1.1.3'));
    expect(ticked.toAdd).toEqual(['1.1.1']);
  });

  it('adds nothing and keeps the marks while the plan cannot be read', () => {
    const unreadable = readActionPlan([['x'], [], [], ['Something else'], ['a row']]);
    expect(unreadable.problem).toBeDefined();
    const { toAdd, marks } = choosePlanRows(new Set(['1.1.1', '2.1.1']), previous, unreadable);
    expect(toAdd).toEqual([]);
    expect(Object.fromEntries(marks)).toEqual({ '1.1.1': 'on-plan' });
  });
});
