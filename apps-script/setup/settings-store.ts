import { problemsFromZod } from '../../shared/validation';
import { type Settings, settingsSchema } from './settings';

/**
 * Settings live in the document's properties. A property value holds at most 9 KB, so long
 * values (a team of 200, a district's framework JSON) are split into numbered parts. 2,500 UTF-16
 * code units are at most 7,500 bytes of UTF-8, safely under the limit.
 */
export const PROPERTY_PREFIX = 'fsp.';
const PART_LENGTH = 2500;

export interface StoredSettings {
  settings: Settings;
  customJson?: string;
}

export function settingsToProperties(stored: StoredSettings): Record<string, string> {
  return {
    ...split('settings', JSON.stringify(stored.settings)),
    ...(stored.customJson === undefined ? {} : split('framework', stored.customJson)),
  };
}

/** Reads settings back; `undefined` when the spreadsheet was never set up. */
export function settingsFromProperties(
  properties: Record<string, string>,
): { ok: true; stored: StoredSettings | undefined } | { ok: false; message: string } {
  const damaged = {
    ok: false as const,
    message:
      'The saved setup of this spreadsheet is damaged. Open "Set up assessment…" and save it again.',
  };
  const text = join(properties, 'settings');
  if (text === null) return damaged;
  if (text === undefined) return { ok: true, stored: undefined };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return damaged;
  }
  const parsed = settingsSchema.safeParse(value);
  if (!parsed.success) {
    const first = problemsFromZod(parsed.error.issues)[0];
    return {
      ok: false,
      message: `The saved setup of this spreadsheet could not be read (${first?.path}: ${first?.message}). Open "Set up assessment…" and save it again.`,
    };
  }
  const stored: StoredSettings = { settings: parsed.data as Settings };
  const customJson = join(properties, 'framework');
  if (customJson === null) return damaged;
  if (customJson !== undefined) stored.customJson = customJson;
  return { ok: true, stored };
}

/** The property keys written before that the new values no longer use (fewer parts). */
export function staleKeys(
  existing: Record<string, string>,
  next: Record<string, string>,
): string[] {
  return Object.keys(existing).filter((key) => key.startsWith(PROPERTY_PREFIX) && !(key in next));
}

function split(name: string, text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const parts = Math.max(1, Math.ceil(text.length / PART_LENGTH));
  out[`${PROPERTY_PREFIX}${name}.parts`] = String(parts);
  for (let i = 0; i < parts; i++) {
    out[`${PROPERTY_PREFIX}${name}.${i}`] = text.slice(i * PART_LENGTH, (i + 1) * PART_LENGTH);
  }
  return out;
}

/** The joined text; undefined when never written; null when parts are missing (damaged). */
function join(properties: Record<string, string>, name: string): string | undefined | null {
  const countText = properties[`${PROPERTY_PREFIX}${name}.parts`];
  if (countText === undefined) return undefined;
  const count = Number(countText);
  if (!Number.isInteger(count) || count < 1) return null;
  let text = '';
  for (let i = 0; i < count; i++) {
    const part = properties[`${PROPERTY_PREFIX}${name}.${i}`];
    if (part === undefined) return null;
    text += part;
  }
  return text;
}
