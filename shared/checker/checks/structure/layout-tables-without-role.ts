import type { CheckFunction } from '../types';
import { nodeHit } from './positions';

const PRESENTATIONAL = new Set(['presentation', 'none']);

/**
 * Tables used for page layout (nested tables, headings or lists in cells, one column, no header
 * cells) that do not say so with `role="presentation"`: screen readers announce rows and columns.
 */
export const layoutTablesWithoutRole: CheckFunction = ({ model }) =>
  model.tables
    .filter((t) => t.looksLikeLayout && !PRESENTATIONAL.has(t.role ?? ''))
    .map((t) => nodeHit(t.ref, ''));
