import { describe, expect, it } from 'vitest';
import { pluralOf } from '../../../apps-script/workbook/plural';

describe('level names in the plural', () => {
  it('follows English spelling, keeping the case it was given', () => {
    expect(
      ['Standard', 'policy', 'Policy', 'Key', 'Focus area', 'Class', 'Approach', 'Box'].map(
        pluralOf,
      ),
    ).toEqual([
      'Standards',
      'policies',
      'Policies',
      'Keys',
      'Focus areas',
      'Classes',
      'Approaches',
      'Boxes',
    ]);
  });
});
