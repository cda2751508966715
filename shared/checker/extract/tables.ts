import type { TableInfo } from '../document-model';
import { numberAttribute } from './dom';

/** Counts a table's rows, columns and header cells while the walk passes through it. */
export class TableBuilder {
  rows = 0;
  columns = 0;
  private rowColumns = 0;
  hasHeaderCells = false;
  hasCaption = false;
  /** Headings, lists, forms or further tables inside the cells: page layout, not data. */
  hasLayoutContent = false;

  constructor(
    readonly ref: number,
    readonly element: Element,
  ) {}

  startRow(): void {
    this.rows++;
    this.rowColumns = 0;
  }

  cell(element: Element, isHeader: boolean): void {
    if (this.rows === 0) this.startRow();
    this.rowColumns += Math.max(1, Math.min(1000, numberAttribute(element, 'colspan') ?? 1));
    if (this.rowColumns > this.columns) this.columns = this.rowColumns;
    if (isHeader) this.hasHeaderCells = true;
  }

  finish(): TableInfo {
    const role = this.element.getAttribute('role')?.trim().toLowerCase() || undefined;
    const looksLikeLayout =
      !this.hasHeaderCells &&
      !this.hasCaption &&
      (this.hasLayoutContent || (this.rows > 0 && this.columns <= 1));
    return {
      ref: this.ref,
      ...(role ? { role } : {}),
      rows: this.rows,
      columns: this.columns,
      hasHeaderCells: this.hasHeaderCells,
      hasCaption: this.hasCaption,
      looksLikeLayout,
    };
  }
}
