import { buildAddonMenu } from '../sheet-adapter';

/** The menu items, in order; each names the top-level function it runs. */
export const MENU = [
  { label: 'Set up assessment…', functionName: 'showSetup' },
  { label: 'Add rater…', functionName: 'showAddRater' },
  { label: 'Refresh dashboard', functionName: 'refreshDashboard' },
  { label: 'Compare with family survey', functionName: 'showFamilySurvey' },
  { label: 'Start new school year', functionName: 'startNewSchoolYear' },
  'separator',
  { label: 'Help', functionName: 'showHelp' },
] as const;

/**
 * Builds the menu and nothing else: until the add-on is used in a file, onOpen runs in
 * AuthMode.NONE, with no access to the document or its properties.
 */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildAddonMenu([...MENU]);
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
