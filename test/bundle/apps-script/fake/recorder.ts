/**
 * Records every call the add-on makes into the fake services and fails loudly on anything the
 * fake does not implement, so a test can never pass by calling an API the fake merely ignores.
 */
export interface RecordedCall {
  /** "Sheet", "Range", "SpreadsheetApp"... */
  target: string;
  method: string;
  args: unknown[];
  /** Whether the document lock was held when the call was made. */
  locked: boolean;
  /** For calls on a sheet or a range: the sheet's name at the time. */
  sheet?: string;
}

export class Recorder {
  readonly calls: RecordedCall[] = [];
  lockHeld = false;
  /** Service failures to stage: the next call of this method throws this message (as Apps Script's services sometimes do). */
  readonly failures = new Map<string, string>();

  count(method: string, target?: string): number {
    return this.calls.filter(
      (c) => c.method === method && (target === undefined || c.target === target),
    ).length;
  }

  countBy(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const c of this.calls)
      out[`${c.target}.${c.method}`] = (out[`${c.target}.${c.method}`] ?? 0) + 1;
    return out;
  }

  reset(): void {
    this.calls.length = 0;
  }
}

/** Methods that change the document; the test checks each was made under the document lock. */
export const MUTATING = new Set([
  'setValues',
  'setValue',
  'setNotes',
  'setFontWeight',
  'setFontStyle',
  'setWrap',
  'setBackground',
  'setFontColor',
  'setFontSize',
  'setNumberFormat',
  'setDataValidations',
  'clearDataValidations',
  'clear',
  'clearContent',
  'clearNotes',
  'clearNote',
  'clearConditionalFormatRules',
  'setConditionalFormatRules',
  'createPivotTable',
  'insertSheet',
  'setName',
  'insertRowsAfter',
  'insertColumnsAfter',
  'removeChart',
  'insertChart',
  'protect',
  'setFrozenRows',
  'setFrozenColumns',
  'setColumnWidths',
  'hideRows',
  'hideColumns',
  'setTabColor',
  'hideSheet',
  'addDeveloperMetadata',
  'setProperties',
  'setProperty',
  'deleteProperty',
]);

/**
 * Wraps a fake object: each method call is recorded, and reading a property the fake does not
 * define throws (Apps Script has it, but the fake does not implement it: add it, faithfully).
 */
export function recorded<T extends object>(
  recorder: Recorder,
  target: string,
  object: T,
  sheetName?: () => string,
): T {
  return new Proxy(object, {
    get(obj, prop, receiver) {
      if (typeof prop === 'symbol') return Reflect.get(obj, prop, receiver);
      if (prop === 'then' || prop === 'toJSON') return undefined;
      if (!(prop in obj)) {
        throw new Error(
          `The fake ${target} has no "${prop}": the add-on called something the fake does not implement.`,
        );
      }
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function' || prop.startsWith('_')) return value;
      return (...args: unknown[]) => {
        const call: RecordedCall = { target, method: prop, args, locked: recorder.lockHeld };
        const name = sheetName?.();
        if (name !== undefined) call.sheet = name;
        recorder.calls.push(call);
        const failure = recorder.failures.get(`${target}.${prop}`);
        if (failure !== undefined) {
          recorder.failures.delete(`${target}.${prop}`);
          throw new Error(failure);
        }
        return (value as (...a: unknown[]) => unknown).apply(obj, args);
      };
    },
  });
}
