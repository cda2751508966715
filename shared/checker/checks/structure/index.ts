import type { CheckFunction } from '../types';

/**
 * Structural checks on the document model: images, links, form controls, headings, tables, lang.
 * Each check lives in its own file in this folder, named for what it does; this registry names them
 * for rule data (`"check": "<name>"`).
 */
export const structureChecks: Record<string, CheckFunction> = {};
