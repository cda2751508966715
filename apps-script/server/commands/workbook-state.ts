import type { Framework } from '../../../shared/frameworks';
import { resolveFramework } from '../../setup/framework-choice';
import type { Settings } from '../../setup/settings';
import {
  type StoredSettings,
  settingsFromProperties,
  settingsToProperties,
  staleKeys,
} from '../../setup/settings-store';
import { type BuildInput, type BuildResult, buildWorkbook } from '../../workbook/build';
import type { Cell } from '../../workbook/cells';
import { READ_KINDS } from '../../workbook/snapshot';
import { UserError } from '../../workbook/user-error';
import { applyPlan, loadProperties, readSnapshot, saveProperties } from '../sheet-adapter';

export function loadStored(): StoredSettings | undefined {
  const result = settingsFromProperties(loadProperties());
  if (!result.ok) throw new UserError(result.message);
  return result.stored;
}

export function requireStored(): StoredSettings {
  const stored = loadStored();
  if (!stored)
    throw new UserError(
      'This spreadsheet has no assessment yet. Choose "Set up assessment…" from the add-on menu first.',
    );
  return stored;
}

export function saveStored(stored: StoredSettings): void {
  const next = settingsToProperties(stored);
  saveProperties(next, staleKeys(loadProperties(), next));
}

/**
 * Reads the workbook, builds the plan and writes it. Call inside the document lock. Every
 * command goes through here, so every command reads each sheet once and writes in batches.
 */
export function rebuild(input: {
  mode: BuildInput['mode'];
  settings: Settings;
  previous?: Settings;
  customJson: string | undefined;
  archivedYear?: string;
  surveyAppend?: Cell[][];
  readNames?: string[];
}): BuildResult & { framework: Framework } {
  const framework = resolveFramework(input.settings.framework, input.customJson);
  // Rating sheets' cell notes: setup carries them with rewritten rows, a new year archives them.
  const snapshot = readSnapshot(
    READ_KINDS,
    input.readNames,
    input.mode === 'refresh' ? [] : ['rating-sheet'],
  );
  const result = buildWorkbook({
    settings: input.settings,
    previous: input.previous,
    framework,
    snapshot,
    now: new Date(),
    mode: input.mode,
    archivedYear: input.archivedYear,
    surveyAppend: input.surveyAppend,
  });
  const dropped = applyPlan(result.plan);
  return { ...result, notices: [...result.notices, ...dropped], framework };
}
