import type { Framework } from '../../shared/frameworks';
import { parseFramework } from '../../shared/frameworks';
import { CUSTOM_FRAMEWORK_KEY, SETTINGS_KEY, type Settings, settingsFromStorage } from './settings';
import { type KeyValueArea, readChunked, removeChunked, writeChunked } from './storage-chunks';

/** chrome.storage.sync through the chunking layer: the options and the district's framework. */
function syncArea(): KeyValueArea {
  return chrome.storage.sync as unknown as KeyValueArea;
}

export async function loadSettings(): Promise<Settings> {
  try {
    return settingsFromStorage(await readChunked(syncArea(), SETTINGS_KEY));
  } catch (error) {
    console.warn('Settings could not be read; using the defaults.', error);
    return settingsFromStorage(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await writeChunked(syncArea(), SETTINGS_KEY, settings);
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
