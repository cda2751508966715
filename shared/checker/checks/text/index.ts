import type { CheckFunction } from '../types';

/**
 * Text checks: indicator patterns, translation offers, jargon, idioms, long sentences, dates, capitals.
 * Each check lives in its own file in this folder, named for what it does; this registry names them
 * for rule data (`"check": "<name>"`).
 */
export const textChecks: Record<string, CheckFunction> = {};
