// The Apps Script entry: only re-exports. Each export becomes a real top-level function in
// Code.js (see build/expose-entry-functions.ts): triggers, menu items and sidebar calls.

export { showHelp } from './server/commands/help';
export { onInstall, onOpen } from './server/commands/menu';
export { startNewSchoolYear } from './server/commands/new-year';
export { onEdit } from './server/commands/on-edit';
export { refreshDashboard } from './server/commands/refresh';
export {
  addRater,
  getSidebarState,
  saveSetup,
  showAddRater,
  showSetup,
} from './server/commands/setup';
export {
  compareFamilySurvey,
  copyFamilySurvey,
  getSurveySources,
  showFamilySurvey,
} from './server/commands/survey';
