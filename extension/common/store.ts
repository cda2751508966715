import type { Framework } from '../../shared/frameworks';
import { parseFramework } from '../../shared/frameworks';
import {
  CUSTOM_FRAMEWORK_KEY,
  readStoredSettings,
  SETTINGS_KEY,
  type Settings,
  type StoredSettings,
  settingsToStore,
} from './settings';
import { type KeyValueArea, readChunked, removeChunked, writeChunked } from './storage-chunks';

/** chrome.storage.sync through the chunking layer: the options and the district's framework. */
function syncArea(): KeyValueArea {
  return chrome.storage.sync as unknown as KeyValueArea;
}

/**
 * The settings, each stored value checked (settings.ts), and a note for each one that could not
 * be used. Never throws: unreadable storage gives the defaults and a note saying why.
 */
export async function loadSettingsWithNotes(): Promise<StoredSettings> {
  let value: unknown;
  try {
    value = await readChunked(syncArea(), SETTINGS_KEY);
  } catch (error) {
    const { settings } = readStoredSettings(undefined);
    const detail = error instanceof Error ? error.message : String(error);
    return {
      settings,
      keptLanguages: [],
      notes: [{ field: 'all', messageKey: 'optionsStoredUnreadable', substitutions: [detail] }],
    };
  }
  return readStoredSettings(value);
}

export async function loadSettings(): Promise<Settings> {
  const { settings, notes } = await loadSettingsWithNotes();
  if (notes.length > 0) {
    console.warn('Some stored settings could not be used; see the options page.', notes);
  }
  return settings;
}

/**
 * Saves settings, checked against `settingsSchema` first, with the language codes this version
 * cannot detect that were read with them (`keptLanguages`) written back unchanged.
 */
export async function saveSettings(
  settings: Settings,
  keptLanguages: readonly string[] = [],
): Promise<void> {
  await writeChunked(syncArea(), SETTINGS_KEY, settingsToStore(settings, keptLanguages));
}

export type StoredFramework =
  | { state: 'none' }
  | { state: 'ok'; framework: Framework }
  | { state: 'invalid'; detail: string };

export async function loadCustomFramework(): Promise<StoredFramework> {
  let value: unknown;
  try {
    value = await readChunked(syncArea(), CUSTOM_FRAMEWORK_KEY);
  } catch (error) {
    return { state: 'invalid', detail: error instanceof Error ? error.message : String(error) };
  }
  if (value === undefined) return { state: 'none' };
  const parsed = parseFramework(value);
  if (parsed.ok) return { state: 'ok', framework: parsed.framework };
  return {
    state: 'invalid',
    detail: parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'),
  };
}

/** Saves an already validated framework; throws TooLargeError when it cannot fit. */
export async function saveCustomFramework(framework: Framework): Promise<void> {
  await writeChunked(syncArea(), CUSTOM_FRAMEWORK_KEY, framework);
}

export async function removeCustomFramework(): Promise<void> {
  await removeChunked(syncArea(), CUSTOM_FRAMEWORK_KEY);
}
