import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MUTATING, Recorder, recorded } from './recorder';
import {
  type CellModel,
  type CellValue,
  type ChartModel,
  type ConditionalRuleModel,
  cellKey,
  lastColumn,
  lastRow,
  type MetadataModel,
  newSheet,
  type PivotModel,
  type ProtectionModel,
  type RangeModel,
  type SheetModel,
  type ValidationModel,
  type WorkbookModel,
} from './spreadsheet-model';

/**
 * A fake of exactly the Apps Script services the add-on uses: SpreadsheetApp (with its Ui and
 * builders), HtmlService, LockService and PropertiesService. It keeps to the documented
 * behaviour where the add-on depends on it (https://developers.google.com/apps-script/reference):
 * setValues parses text as the Sheets UI does (USER_ENTERED) unless it starts with an apostrophe;
 * ranges outside the sheet, mismatched dimensions, duplicate sheet names, property values over
 * 9 KB and document access in AuthMode.NONE all throw. It cannot compute formulas: reading a
 * formula cell's value throws, and the formula tests use LibreOffice for that instead.
 */
export interface FakeOptions {
  workbook: WorkbookModel;
  recorder?: Recorder;
  authMode?: 'NONE' | 'LIMITED' | 'FULL';
  /** The pushed project's HTML files, by name without ".html". */
  htmlFiles?: Record<string, string>;
  /** Answers to alert and prompt, in order. */
  answers?: Array<'OK' | 'YES' | 'NO' | 'CANCEL' | { text: string; button?: 'OK' | 'CANCEL' }>;
}

export interface UiLog {
  menus: Array<{ items: Array<{ label: string; functionName: string } | 'separator'> }>;
  alerts: Array<{ title: string; message: string }>;
  prompts: Array<{ title: string; message: string }>;
  dialogs: Array<{ title: string; html: string }>;
  sidebars: Array<{ title: string; html: string }>;
}

export interface FakeServices {
  globals: Record<string, unknown>;
  recorder: Recorder;
  ui: UiLog;
  workbook: WorkbookModel;
}

const PROPERTY_VALUE_LIMIT = 9 * 1024;
const PROPERTY_TOTAL_LIMIT = 500 * 1024;

export function createFakeServices(options: FakeOptions): FakeServices {
  const recorder = options.recorder ?? new Recorder();
  const { workbook } = options;
  const authMode = options.authMode ?? 'FULL';
  const answers = [...(options.answers ?? [])];
  const ui: UiLog = { menus: [], alerts: [], prompts: [], dialogs: [], sidebars: [] };
  let lockHolders = 0;

  const deny = (what: string) => {
    if (authMode === 'NONE') {
      throw new Error(
        `Exception: You do not have permission to call ${what}. (AuthMode.NONE: the add-on has not been used in this document yet.)`,
      );
    }
  };
  const wrap = <T extends object>(target: string, object: T, sheet?: SheetModel): T =>
    recorded(recorder, target, object, sheet ? () => sheet.name : undefined);

  // --- Ranges ---------------------------------------------------------------------------------

  const sheetOf = (id: number) => {
    const sheet = workbook.sheets.find((s) => s.id === id);
    if (!sheet) throw new Error('Exception: The sheet has been deleted.');
    return sheet;
  };

  const makeRange = (sheet: SheetModel, row: number, column: number, rows = 1, columns = 1) => {
    for (const [n, what] of [
      [row, 'row'],
      [column, 'column'],
      [rows, 'number of rows'],
      [columns, 'number of columns'],
    ] as const) {
      if (!Number.isInteger(n) || n < 1)
        throw new Error(`Exception: The ${what} must be at least 1 (got ${n}).`);
    }
    if (row + rows - 1 > sheet.maxRows || column + columns - 1 > sheet.maxColumns) {
      throw new Error(
        `Exception: The coordinates of the range are outside the dimensions of the sheet (${sheet.name}: ${sheet.maxRows} rows, ${sheet.maxColumns} columns; asked for rows ${row}-${row + rows - 1}, columns ${column}-${column + columns - 1}).`,
      );
    }
    const model: RangeModel = { sheetId: sheet.id, row, column, rows, columns };
    const each = (fn: (cell: CellModel, r: number, c: number) => void) => {
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < columns; c++) {
          const key = cellKey(row + r, column + c);
          let cell = sheet.cells.get(key);
          if (!cell) {
            cell = { value: '' };
            sheet.cells.set(key, cell);
          }
          fn(cell, r, c);
        }
      }
    };
    const checkShape = (grid: unknown[][], what: string) => {
      if (!Array.isArray(grid) || grid.length !== rows) {
        throw new Error(
          `Exception: The number of rows in the ${what} does not match the number of rows in the range. The data has ${Array.isArray(grid) ? grid.length : 0} but the range has ${rows}.`,
        );
      }
      for (const line of grid) {
        if (!Array.isArray(line) || line.length !== columns) {
          throw new Error(
            `Exception: The number of columns in the ${what} does not match the number of columns in the range. The data has ${Array.isArray(line) ? line.length : 0} but the range has ${columns}.`,
          );
        }
      }
    };
    const style = (apply: (cell: CellModel) => void) => {
      each(apply);
      return rangeProxy;
    };
    const range = {
      _model: model,
      getSheet: () => sheetProxy(sheet),
      getRow: () => row,
      getColumn: () => column,
      getNumRows: () => rows,
      getNumColumns: () => columns,
      getValues: () =>
        Array.from({ length: rows }, (_, r) =>
          Array.from({ length: columns }, (_, c) => {
            const cell = sheet.cells.get(cellKey(row + r, column + c));
            if (cell?.formula !== undefined) {
              throw new Error(
                `The fake cannot compute formulas: ${sheet.name}!R${row + r}C${column + c} holds ${cell.formula}.`,
              );
            }
            return cell?.value ?? '';
          }),
        ),
      setValues: (values: unknown[][]) => {
        checkShape(values, 'data');
        each((cell, r, c) => enter(cell, values[r]?.[c]));
        return rangeProxy;
      },
      // Range.getNotes(): "" where a cell has no note.
      getNotes: () =>
        Array.from({ length: rows }, (_, r) =>
          Array.from(
            { length: columns },
            (_, c) => sheet.cells.get(cellKey(row + r, column + c))?.note ?? '',
          ),
        ),
      setNotes: (notes: Array<Array<string | null>>) => {
        checkShape(notes, 'notes');
        each((cell, r, c) => {
          const note = notes[r]?.[c];
          if (note === null || note === '' || note === undefined) delete cell.note;
          else cell.note = String(note);
        });
        return rangeProxy;
      },
      setFontWeight: (w: string) =>
        style((cell) => {
          cell.bold = w === 'bold';
        }),
      setFontStyle: (s: string) =>
        style((cell) => {
          cell.italic = s === 'italic';
        }),
      setWrap: (w: boolean) =>
        style((cell) => {
          cell.wrap = w;
        }),
      setBackground: (color: string) =>
        style((cell) => {
          cell.background = color;
        }),
      setFontColor: (color: string) =>
        style((cell) => {
          cell.fontColor = color;
        }),
      setFontSize: (size: number) =>
        style((cell) => {
          cell.fontSize = size;
        }),
      setNumberFormat: (format: string) =>
        style((cell) => {
          cell.format = format;
        }),
      setDataValidations: (rules: Array<Array<{ _model: ValidationModel } | null>>) => {
        checkShape(rules, 'data validation rules');
        each((cell, r, c) => {
          const rule = rules[r]?.[c];
          if (rule) cell.validation = rule._model;
          else delete cell.validation;
        });
        return rangeProxy;
      },
      clearDataValidations: () =>
        style((cell) => {
          delete cell.validation;
        }),
      clear: () => {
        each((cell, r, c) => {
          sheet.cells.set(cellKey(row + r, column + c), {
            value: '',
            ...(cell.validation ? { validation: cell.validation } : {}),
            ...(cell.note ? { note: cell.note } : {}),
          });
        });
        return rangeProxy;
      },
      clearNote: () =>
        style((cell) => {
          delete cell.note;
        }),
      clearContent: () => {
        each((cell) => {
          cell.value = '';
          delete cell.formula;
        });
        return rangeProxy;
      },
      createPivotTable: (source: { _model: RangeModel }) => {
        const pivot: PivotModel = {
          anchor: model,
          source: source._model,
          rows: [],
          columns: [],
          values: [],
          filters: [],
          removed: false,
        };
        sheet.pivots.push(pivot);
        return pivotProxy(pivot, sheet);
      },
    };
    const rangeProxy = wrap('Range', range, sheet);
    return rangeProxy;
  };

  /** USER_ENTERED: what typing this value into the cell would store. */
  const enter = (cell: CellModel, raw: unknown) => {
    delete cell.formula;
    if (raw === null || raw === undefined || raw === '') {
      cell.value = '';
      return;
    }
    if (typeof raw === 'number') {
      if (!Number.isFinite(raw))
        throw new Error(`Exception: ${raw} is not a valid number for a cell.`);
      cell.value = raw;
      return;
    }
    if (typeof raw === 'boolean') {
      cell.value = raw;
      return;
    }
    if (Object.prototype.toString.call(raw) === '[object Date]') {
      cell.value = new Date((raw as Date).getTime());
      return;
    }
    if (typeof raw !== 'string') {
      throw new Error(
        `The fake only takes strings, numbers, booleans and dates in setValues (got ${Object.prototype.toString.call(raw)}).`,
      );
    }
    if (raw.startsWith("'")) {
      cell.value = raw.slice(1);
      return;
    }
    if (raw.startsWith('=')) {
      cell.formula = raw;
      cell.value = '';
      return;
    }
    const text = raw.trim();
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) cell.value = Number(text);
    else if (/^[+-]?(\d+\.?\d*|\.\d+)%$/.test(text)) cell.value = Number(text.slice(0, -1)) / 100;
    else if (/^(true|false)$/i.test(text)) cell.value = text.toLowerCase() === 'true';
    else if (/^\d{4}-\d{2}-\d{2}$/.test(text)) cell.value = new Date(`${text}T00:00:00`);
    else if (/^[+\-@]/.test(text)) {
      // The Sheets UI reads "+..." and "-..." as a formula and "@..." as a function call or a mention.
      cell.formula = `=${text.replace(/^@/, '')}`;
      cell.value = '';
    } else cell.value = raw;
  };

  // --- Sheets ---------------------------------------------------------------------------------

  const proxies = new Map<number, unknown>();
  const sheetProxy = (sheet: SheetModel): GoogleAppsScript.Spreadsheet.Sheet => {
    const existing = proxies.get(sheet.id);
    if (existing) return existing as GoogleAppsScript.Spreadsheet.Sheet;
    const api = {
      _model: sheet,
      getName: () => sheet.name,
      setName: (name: string) => {
        assertNewName(name, sheet);
        sheet.name = name;
        return api;
      },
      getSheetId: () => sheet.id,
      getIndex: () => workbook.sheets.indexOf(sheet) + 1,
      getRange: (row: number, column: number, rows?: number, columns?: number) => {
        if (typeof row !== 'number')
          throw new Error('The fake only implements getRange(row, column, numRows?, numColumns?).');
        return makeRange(sheet, row, column, rows ?? 1, columns ?? 1);
      },
      // Sheet.getRangeList(a1Notations): only RangeList.setValue, which writes one value into
      // every cell of every range, as Sheets does (text parsed as typed, like setValues).
      getRangeList: (a1Notations: string[]) => {
        const ranges = a1Notations.map((a1) => {
          const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
          if (!match) throw new Error(`Exception: Range not found: ${a1}`);
          const [, c1 = '', r1 = '', c2 = c1, r2 = r1] = match;
          const toColumn = (letters: string) =>
            [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
          const [row, column] = [Number(r1), toColumn(c1)];
          const [rows, columns] = [Number(r2) - row + 1, toColumn(c2) - column + 1];
          // Bounds and sizes checked as getRange checks them.
          makeRange(sheet, row, column, rows, columns);
          return { row, column, rows, columns };
        });
        const list = {
          setValue: (value: unknown) => {
            for (const r of ranges) {
              for (let i = 0; i < r.rows; i++) {
                for (let j = 0; j < r.columns; j++) {
                  const key = cellKey(r.row + i, r.column + j);
                  const cell = sheet.cells.get(key) ?? { value: '' };
                  enter(cell, value);
                  sheet.cells.set(key, cell);
                }
              }
            }
            return list;
          },
        };
        return wrap('RangeList', list, sheet);
      },
      getDataRange: () =>
        makeRange(sheet, 1, 1, Math.max(1, lastRow(sheet)), Math.max(1, lastColumn(sheet))),
      getLastRow: () => lastRow(sheet),
      getLastColumn: () => lastColumn(sheet),
      getMaxRows: () => sheet.maxRows,
      getMaxColumns: () => sheet.maxColumns,
      insertRowsAfter: (after: number, count: number) => {
        if (after < 1 || after > sheet.maxRows)
          throw new Error('Exception: Those rows are out of bounds.');
        shiftCells(sheet, 'row', after, count);
        moveConditionalRanges(sheet, 'row', after, count);
        sheet.maxRows += count;
        return api;
      },
      insertColumnsAfter: (after: number, count: number) => {
        if (after < 1 || after > sheet.maxColumns)
          throw new Error('Exception: Those columns are out of bounds.');
        shiftCells(sheet, 'column', after, count);
        moveConditionalRanges(sheet, 'column', after, count);
        sheet.maxColumns += count;
        return api;
      },
      clear: () => {
        for (const [key, cell] of sheet.cells) {
          sheet.cells.set(key, {
            value: '',
            ...(cell.validation ? { validation: cell.validation } : {}),
            ...(cell.note ? { note: cell.note } : {}),
          });
        }
        return api;
      },
      clearNotes: () => {
        for (const cell of sheet.cells.values()) delete cell.note;
        return api;
      },
      clearConditionalFormatRules: () => {
        sheet.conditionalRules = [];
      },
      // Like Google's: fresh rule objects each call, in the sheet's order, each one able to go
      // back into setConditionalFormatRules as it is.
      getConditionalFormatRules: () => sheet.conditionalRules.map(conditionalRule),
      setConditionalFormatRules: (rules: Array<{ _model: ConditionalRuleModel }>) => {
        for (const rule of rules) {
          if (rule._model.ranges.some((r) => r.sheetId !== sheet.id))
            throw new Error(
              'Exception: A conditional format rule cannot reference a different sheet.',
            );
        }
        sheet.conditionalRules = rules.map((r) => r._model);
      },
      getCharts: () => sheet.charts.map((chart) => embeddedChart(chart, sheet)),
      removeChart: (chart: { _model: ChartModel }) => {
        sheet.charts = sheet.charts.filter((c) => c !== chart._model);
      },
      newChart: () => chartBuilder(sheet),
      insertChart: (chart: { _model: ChartModel }) => {
        chart._model.id = workbook.nextId++;
        sheet.charts.push(chart._model);
      },
      getPivotTables: () => sheet.pivots.filter((p) => !p.removed).map((p) => pivotProxy(p, sheet)),
      getProtections: (type: string) => {
        if (type !== 'SHEET') throw new Error('The fake implements sheet protections only.');
        return sheet.protections.filter((p) => !p.removed).map((p) => protectionProxy(p, sheet));
      },
      protect: () => {
        const protection: ProtectionModel = {
          description: '',
          warningOnly: false,
          unprotected: [],
          removed: false,
        };
        sheet.protections.push(protection);
        return protectionProxy(protection, sheet);
      },
      setFrozenRows: (n: number) => {
        sheet.frozenRows = n;
      },
      setFrozenColumns: (n: number) => {
        sheet.frozenColumns = n;
      },
      setColumnWidths: (start: number, count: number, width: number) => {
        if (start + count - 1 > sheet.maxColumns)
          throw new Error('Exception: Those columns are out of bounds.');
        for (let c = start; c < start + count; c++) sheet.columnWidths.set(c, width);
        return api;
      },
      hideRows: (row: number, count = 1) => {
        for (let r = row; r < row + count; r++) sheet.hiddenRows.add(r);
      },
      hideColumns: (column: number, count = 1) => {
        for (let c = column; c < column + count; c++) sheet.hiddenColumns.add(c);
      },
      setTabColor: (color: string) => {
        sheet.tabColor = color;
        return api;
      },
      isSheetHidden: () => sheet.hidden,
      hideSheet: () => {
        if (workbook.sheets.filter((s) => !s.hidden && s !== sheet).length === 0) {
          throw new Error("Exception: You can't hide all the sheets in a document.");
        }
        sheet.hidden = true;
        return api;
      },
      addDeveloperMetadata: (key: string, value: string, visibility: string) => {
        const total = workbook.metadata
          .filter((m) => m.sheetId === sheet.id)
          .reduce((n, m) => n + m.key.length + m.value.length, 0);
        if (total + key.length + value.length > 30_000)
          throw new Error(
            'Exception: Developer metadata for this sheet is over 30,000 characters.',
          );
        workbook.metadata.push({
          id: workbook.nextId++,
          key,
          value,
          visibility: visibility ?? 'DOCUMENT',
          sheetId: sheet.id,
        });
        return api;
      },
      createDeveloperMetadataFinder: () => metadataFinder((m) => m.sheetId === sheet.id),
    };
    const proxy = wrap('Sheet', api, sheet);
    proxies.set(sheet.id, proxy);
    return proxy as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  };

  const assertNewName = (name: string, self?: SheetModel) => {
    if (typeof name !== 'string' || name.trim() === '')
      throw new Error('Exception: A sheet name cannot be empty.');
    if (name.length > 100)
      throw new Error('Exception: A sheet name can be at most 100 characters.');
    if (workbook.sheets.some((s) => s !== self && s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(
        `Exception: A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    }
  };

  const protectionProxy = (protection: ProtectionModel, sheet: SheetModel) =>
    wrap(
      'Protection',
      {
        getDescription: () => protection.description,
        setDescription: (d: string) => {
          protection.description = d;
          return protectionProxy(protection, sheet);
        },
        setWarningOnly: (w: boolean) => {
          protection.warningOnly = w;
          return protectionProxy(protection, sheet);
        },
        isWarningOnly: () => protection.warningOnly,
        setUnprotectedRanges: (ranges: Array<{ _model: RangeModel }>) => {
          if (ranges.some((r) => r._model.sheetId !== sheet.id))
            throw new Error('Exception: The ranges must be on the protected sheet.');
          protection.unprotected = ranges.map((r) => r._model);
          return protectionProxy(protection, sheet);
        },
        remove: () => {
          protection.removed = true;
          sheet.protections = sheet.protections.filter((p) => p !== protection);
        },
      },
      sheet,
    );

  const pivotProxy = (pivot: PivotModel, sheet: SheetModel) => {
    const width = pivot.source.columns;
    const checkColumn = (column: number) => {
      if (!Number.isInteger(column) || column < 1 || column > width) {
        throw new Error(
          `Exception: The source data column ${column} is outside the pivot table's source range (1-${width}).`,
        );
      }
    };
    const group = (entry: { displayName?: string }) =>
      wrap('PivotGroup', {
        setDisplayName: (name: string) => {
          entry.displayName = name;
          return group(entry);
        },
      });
    return wrap(
      'PivotTable',
      {
        addRowGroup: (column: number) => {
          checkColumn(column);
          const entry: { column: number; displayName?: string } = { column };
          pivot.rows.push(entry);
          return group(entry);
        },
        addColumnGroup: (column: number) => {
          checkColumn(column);
          const entry: { column: number; displayName?: string } = { column };
          pivot.columns.push(entry);
          return group(entry);
        },
        addPivotValue: (column: number, summarize: string) => {
          checkColumn(column);
          if (!['SUM', 'COUNTA', 'AVERAGE'].includes(summarize))
            throw new Error(`The fake does not implement summarize function ${summarize}.`);
          const entry: PivotModel['values'][number] = { column, summarize };
          pivot.values.push(entry);
          return wrap('PivotValue', {
            setDisplayName: (name: string) => {
              entry.displayName = name;
              return undefined;
            },
          });
        },
        addFilter: (column: number, criteria: { _visible: string[] }) => {
          checkColumn(column);
          pivot.filters.push({ column, visibleValues: criteria._visible });
          return wrap('PivotFilter', {});
        },
        remove: () => {
          pivot.removed = true;
          sheet.pivots = sheet.pivots.filter((p) => p !== pivot);
        },
      },
      sheet,
    );
  };

  /**
   * An EmbeddedChart: its id (null until inserted), where it is anchored (getContainerInfo), its
   * options (the title setTitle set; get returns null for an option never set) and its ranges.
   */
  const embeddedChart = (chart: ChartModel, sheet?: SheetModel) =>
    wrap(
      'EmbeddedChart',
      {
        _model: chart,
        getType: () => chart.kind,
        getChartId: () => chart.id ?? null,
        getContainerInfo: () =>
          wrap('ContainerInfo', {
            getAnchorRow: () => chart.position?.row ?? 1,
            getAnchorColumn: () => chart.position?.column ?? 1,
          }),
        getOptions: () =>
          wrap('ChartOptions', {
            get: (option: string) =>
              option === 'title' ? chart.title || null : (chart.options[option] ?? null),
          }),
        getRanges: () =>
          chart.ranges.map((r) =>
            makeRange(sheetOf(r.sheetId), r.row, r.column, r.rows, r.columns),
          ),
      },
      sheet,
    );

  const chartBuilder = (sheet: SheetModel) => {
    const chart: ChartModel = {
      kind: 'bar',
      stacked: false,
      title: '',
      ranges: [],
      options: {},
      axisTitles: {},
    };
    const builder: Record<string, unknown> = {};
    const self = () => proxy;
    Object.assign(builder, {
      asBarChart: () => {
        chart.kind = 'bar';
        return self();
      },
      asColumnChart: () => {
        chart.kind = 'column';
        return self();
      },
      setTitle: (t: string) => {
        chart.title = t;
        return self();
      },
      setStacked: () => {
        chart.stacked = true;
        return self();
      },
      setColors: (c: string[]) => {
        chart.colors = c;
        return self();
      },
      setRange: (min: number, max: number) => {
        chart.valueRange = [min, max];
        return self();
      },
      setXAxisTitle: (t: string) => {
        chart.axisTitles.x = t;
        return self();
      },
      setYAxisTitle: (t: string) => {
        chart.axisTitles.y = t;
        return self();
      },
      addRange: (range: { _model: RangeModel }) => {
        chart.ranges.push(range._model);
        return self();
      },
      setNumHeaders: (n: number) => {
        chart.numHeaders = n;
        return self();
      },
      setPosition: (row: number, column: number) => {
        chart.position = { row, column };
        return self();
      },
      setOption: (key: string, value: unknown) => {
        chart.options[key] = value;
        return self();
      },
      build: () => {
        if (chart.ranges.length === 0)
          throw new Error('Exception: A chart needs at least one range.');
        return embeddedChart(chart);
      },
    });
    const proxy = wrap('EmbeddedChartBuilder', builder, sheet);
    return proxy;
  };

  const metadataFinder = (scope: (m: MetadataModel) => boolean) => {
    const filters: Array<(m: MetadataModel) => boolean> = [scope];
    const finder = wrap('DeveloperMetadataFinder', {
      withKey: (key: string) => {
        filters.push((m) => m.key === key);
        return finder;
      },
      withLocationType: (type: string) => {
        if (type !== 'SHEET') throw new Error('The fake finds sheet metadata only.');
        return finder;
      },
      find: () =>
        workbook.metadata
          .filter(
            (m) => filters.every((f) => f(m)) && workbook.sheets.some((s) => s.id === m.sheetId),
          )
          .map((m) =>
            wrap('DeveloperMetadata', {
              getKey: () => m.key,
              getValue: () => m.value,
              setValue: (value: string) => {
                m.value = value;
                return undefined;
              },
              getLocation: () =>
                wrap('DeveloperMetadataLocation', {
                  getLocationType: () => 'SHEET',
                  getSheet: () => sheetProxy(sheetOf(m.sheetId)),
                }),
            }),
          ),
    });
    return finder;
  };

  // --- Spreadsheet and SpreadsheetApp ---------------------------------------------------------

  const spreadsheet = wrap('Spreadsheet', {
    getSheets: () => workbook.sheets.map(sheetProxy),
    getNumSheets: () => workbook.sheets.length,
    insertSheet: (name: string, index?: number) => {
      assertNewName(name);
      const at = index ?? workbook.sheets.length;
      if (!Number.isInteger(at) || at < 0 || at > workbook.sheets.length)
        throw new Error(`Exception: Sheet index ${at} is out of range.`);
      const sheet = newSheet(workbook, name);
      workbook.sheets.splice(at, 0, sheet);
      workbook.activeSheetId = sheet.id;
      return sheetProxy(sheet);
    },
    setActiveSheet: (sheet: { _model: SheetModel }) => {
      workbook.activeSheetId = sheet._model.id;
      return sheetProxy(sheet._model);
    },
    createDeveloperMetadataFinder: () => metadataFinder(() => true),
  });

  const validationBuilder = () => {
    const model: ValidationModel = { criteria: 'VALUE_IN_LIST', allowInvalid: true };
    const builder = wrap('DataValidationBuilder', {
      requireValueInList: (values: string[], showDropdown = true) => {
        if (!Array.isArray(values) || values.length === 0)
          throw new Error('Exception: The list of values cannot be empty.');
        if (values.join(',').length > 256 * 1024)
          throw new Error('Exception: The list is too long.');
        model.criteria = 'VALUE_IN_LIST';
        model.values = values.map(String);
        model.showDropdown = showDropdown;
        return builder;
      },
      requireCheckbox: () => {
        model.criteria = 'CHECKBOX';
        return builder;
      },
      requireDate: () => {
        model.criteria = 'DATE_IS_VALID_DATE';
        return builder;
      },
      setAllowInvalid: (allow: boolean) => {
        model.allowInvalid = allow;
        return builder;
      },
      setHelpText: (text: string) => {
        model.helpText = text;
        return builder;
      },
      build: () => wrap('DataValidation', { _model: { ...model } }),
    });
    return builder;
  };

  /** Google's Color for an "#rrggbb" the rule was built with (asHexString is lower case). */
  const rgbColour = (hex: string | undefined) =>
    hex === undefined
      ? null
      : wrap('Color', {
          getColorType: () => 'RGB',
          asRgbColor: () => wrap('RgbColor', { asHexString: () => hex.toLowerCase() }),
        });

  const conditionalRule = (model: ConditionalRuleModel) => {
    const { condition } = model;
    const [criteria, values]: [string, unknown[]] =
      condition.textEqualTo !== undefined
        ? ['TEXT_EQUAL_TO', [condition.textEqualTo]]
        : condition.formula !== undefined
          ? ['CUSTOM_FORMULA', [condition.formula]]
          : ['NUMBER_BETWEEN', [...(condition.numberBetween ?? [])]];
    return wrap('ConditionalFormatRule', {
      _model: model,
      getRanges: () =>
        model.ranges.map((r) => makeRange(sheetOf(r.sheetId), r.row, r.column, r.rows, r.columns)),
      getBooleanCondition: () =>
        wrap('BooleanCondition', {
          getCriteriaType: () => criteria,
          getCriteriaValues: () => [...values],
          getBackgroundObject: () => rgbColour(model.background),
          getFontColorObject: () => rgbColour(model.fontColor),
        }),
      getGradientCondition: () => null,
    });
  };

  const conditionalBuilder = () => {
    const model: ConditionalRuleModel = { condition: {}, ranges: [] };
    const builder = wrap('ConditionalFormatRuleBuilder', {
      whenTextEqualTo: (text: string) => {
        model.condition = { textEqualTo: text };
        return builder;
      },
      whenFormulaSatisfied: (formula: string) => {
        model.condition = { formula };
        return builder;
      },
      whenNumberBetween: (a: number, b: number) => {
        model.condition = { numberBetween: [a, b] };
        return builder;
      },
      setBackground: (color: string) => {
        model.background = color;
        return builder;
      },
      setFontColor: (color: string) => {
        model.fontColor = color;
        return builder;
      },
      setRanges: (ranges: Array<{ _model: RangeModel }>) => {
        model.ranges = ranges.map((r) => r._model);
        return builder;
      },
      build: () => {
        if (model.ranges.length === 0)
          throw new Error('Exception: A conditional format rule needs at least one range.');
        return wrap('ConditionalFormatRule', { _model: { ...model } });
      },
    });
    return builder;
  };

  const buttons = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  const nextAnswer = () => {
    const answer = answers.shift();
    if (answer === undefined)
      throw new Error('The test gave the fake Ui no answer for this dialog.');
    return answer;
  };
  const uiApi = wrap('Ui', {
    ButtonSet: {
      OK: 'OK',
      OK_CANCEL: 'OK_CANCEL',
      YES_NO: 'YES_NO',
      YES_NO_CANCEL: 'YES_NO_CANCEL',
    },
    Button: buttons,
    createAddonMenu: () => {
      const items: UiLog['menus'][number]['items'] = [];
      const menu = wrap('Menu', {
        addItem: (label: string, functionName: string) => {
          items.push({ label, functionName });
          return menu;
        },
        addSeparator: () => {
          items.push('separator');
          return menu;
        },
        addToUi: () => {
          ui.menus.push({ items });
        },
      });
      return menu;
    },
    alert: (title: string, message?: string, buttonSet?: string) => {
      deny('Ui.alert');
      ui.alerts.push({ title, message: message ?? '' });
      if (buttonSet === 'YES_NO') {
        const answer = nextAnswer();
        return typeof answer === 'string' ? answer : 'CLOSE';
      }
      return 'OK';
    },
    prompt: (title: string, message: string) => {
      deny('Ui.prompt');
      ui.prompts.push({ title, message });
      const answer = nextAnswer();
      const text = typeof answer === 'object' ? answer.text : '';
      const button = typeof answer === 'object' ? (answer.button ?? 'OK') : answer;
      return wrap('PromptResponse', {
        getResponseText: () => text,
        getSelectedButton: () => button,
      });
    },
    showModalDialog: (output: { _html: string }, title: string) => {
      deny('Ui.showModalDialog');
      ui.dialogs.push({ title, html: output._html });
    },
    showSidebar: (output: { _html: string; _title: string }) => {
      deny('Ui.showSidebar');
      ui.sidebars.push({ title: output._title, html: output._html });
    },
  });

  const SpreadsheetApp = wrap('SpreadsheetApp', {
    getActiveSpreadsheet: () => {
      deny('SpreadsheetApp.getActiveSpreadsheet');
      return spreadsheet;
    },
    getUi: () => uiApi,
    flush: () => {
      workbook.flushes++;
    },
    newDataValidation: () => validationBuilder(),
    newConditionalFormatRule: () => conditionalBuilder(),
    newFilterCriteria: () => {
      let visible: string[] = [];
      const builder = wrap('FilterCriteriaBuilder', {
        setVisibleValues: (values: string[]) => {
          visible = values.map(String);
          return builder;
        },
        build: () => wrap('FilterCriteria', { _visible: visible }),
      });
      return builder;
    },
    DeveloperMetadataLocationType: {
      SHEET: 'SHEET',
      SPREADSHEET: 'SPREADSHEET',
      ROW: 'ROW',
      COLUMN: 'COLUMN',
    },
    DeveloperMetadataVisibility: { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' },
    ProtectionType: { SHEET: 'SHEET', RANGE: 'RANGE' },
    ColorType: { UNSUPPORTED: 'UNSUPPORTED', RGB: 'RGB', THEME: 'THEME' },
    BooleanCriteria: {
      TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
      CUSTOM_FORMULA: 'CUSTOM_FORMULA',
      NUMBER_BETWEEN: 'NUMBER_BETWEEN',
    },
    PivotTableSummarizeFunction: {
      SUM: 'SUM',
      COUNTA: 'COUNTA',
      AVERAGE: 'AVERAGE',
      COUNT: 'COUNT',
      MAX: 'MAX',
      MIN: 'MIN',
    },
  });

  const htmlOutput = (html: string) => {
    const state = { _html: html, _title: '' };
    const output = wrap('HtmlOutput', {
      get _html() {
        return state._html;
      },
      get _title() {
        return state._title;
      },
      getContent: () => state._html,
      setTitle: (title: string) => {
        state._title = title;
        return output;
      },
      setWidth: (_w: number) => output,
      setHeight: (_h: number) => output,
    });
    return output;
  };
  const HtmlService = wrap('HtmlService', {
    createHtmlOutputFromFile: (name: string) => {
      const file = options.htmlFiles?.[name.replace(/\.html$/, '')];
      if (file === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
      return htmlOutput(file);
    },
    createHtmlOutput: (html: string) => htmlOutput(String(html)),
  });

  const lock = wrap('Lock', {
    tryLock: (_ms: number) => {
      lockHolders++;
      recorder.lockHeld = true;
      return true;
    },
    waitLock: (_ms: number) => {
      lockHolders++;
      recorder.lockHeld = true;
    },
    hasLock: () => lockHolders > 0,
    releaseLock: () => {
      lockHolders = Math.max(0, lockHolders - 1);
      recorder.lockHeld = lockHolders > 0;
    },
  });
  const LockService = wrap('LockService', {
    getDocumentLock: () => {
      deny('LockService.getDocumentLock');
      return lock;
    },
  });

  const properties = wrap('Properties', {
    getProperties: () => Object.fromEntries(workbook.properties),
    getProperty: (key: string) => workbook.properties.get(key) ?? null,
    setProperties: (values: Record<string, string>, deleteAllOthers?: boolean) => {
      const next = new Map(deleteAllOthers ? [] : workbook.properties);
      for (const [key, value] of Object.entries(values)) next.set(key, String(value));
      checkProperties(next);
      workbook.properties.clear();
      for (const [k, v] of next) workbook.properties.set(k, v);
      return properties;
    },
    setProperty: (key: string, value: string) => {
      const next = new Map(workbook.properties).set(key, String(value));
      checkProperties(next);
      workbook.properties.set(key, String(value));
      return properties;
    },
    deleteProperty: (key: string) => {
      workbook.properties.delete(key);
      return properties;
    },
  });
  const checkProperties = (values: Map<string, string>) => {
    let total = 0;
    for (const [key, value] of values) {
      const size = Buffer.byteLength(key) + Buffer.byteLength(value);
      if (Buffer.byteLength(value) > PROPERTY_VALUE_LIMIT)
        throw new Error(
          `Exception: Argument too large: value (property "${key}" is ${Buffer.byteLength(value)} bytes; the limit is 9 KB).`,
        );
      total += size;
    }
    if (total > PROPERTY_TOTAL_LIMIT)
      throw new Error('Exception: You have exceeded the property storage quota.');
  };
  const PropertiesService = wrap('PropertiesService', {
    getDocumentProperties: () => {
      deny('PropertiesService.getDocumentProperties');
      return properties;
    },
  });

  return {
    globals: { SpreadsheetApp, HtmlService, LockService, PropertiesService },
    recorder,
    ui,
    workbook,
  };
}

/** Moves cells, widths and formats right of (or below) `after` by `count`. */
function shiftCells(sheet: SheetModel, axis: 'row' | 'column', after: number, count: number): void {
  const moved = new Map<string, CellModel>();
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(':').map(Number) as [number, number];
    if (axis === 'row' && r > after) moved.set(cellKey(r + count, c), cell);
    else if (axis === 'column' && c > after) moved.set(cellKey(r, c + count), cell);
    else moved.set(key, cell);
  }
  sheet.cells = moved;
}

/**
 * Like Google: inserting rows or columns moves (or widens) every conditional-format rule's ranges.
 * A moved rule becomes a new model, so a rule fetched before the insert keeps its old coordinates,
 * as Google's ConditionalFormatRule snapshots do; unmoved rules stay the same objects.
 */
function moveConditionalRanges(
  sheet: SheetModel,
  axis: 'row' | 'column',
  after: number,
  count: number,
): void {
  sheet.conditionalRules = sheet.conditionalRules.map((rule) => {
    let moved = false;
    const ranges = rule.ranges.map((range) => {
      const start = axis === 'row' ? range.row : range.column;
      const size = axis === 'row' ? range.rows : range.columns;
      if (start > after) {
        moved = true;
        return axis === 'row'
          ? { ...range, row: start + count }
          : { ...range, column: start + count };
      }
      if (after < start + size - 1) {
        moved = true;
        return axis === 'row'
          ? { ...range, rows: size + count }
          : { ...range, columns: size + count };
      }
      return range;
    });
    return moved ? { ...rule, ranges } : rule;
  });
}

export function builtHtmlFiles(distDir: string): Record<string, string> {
  return { sidebar: readFileSync(join(distDir, 'sidebar.html'), 'utf8') };
}

export type { CellValue };
export { MUTATING };
