import { messagesDialog } from '../dialogs';
import { alert, showDialog, withDocumentLock } from '../sheet-adapter';
import { runMenuCommand } from './run';
import { rebuild, requireStored } from './workbook-state';

/**
 * Re-reads every rating sheet with the scoring core: rebuilds Ratings, the Dashboard, pivot tables
 * and charts, Priorities, the Action plan rows ticked on Priorities, and the comparisons; then
 * lists every value it could not count, with its sheet, row and column.
 */
export function refreshDashboard(): void {
  runMenuCommand('Refresh dashboard', () => {
    const result = withDocumentLock(() => {
      const stored = requireStored();
      return rebuild({ mode: 'refresh', settings: stored.settings, customJson: stored.customJson });
    });
    const { scores } = result;
    const lines = [
      `${scores.counted} rating${scores.counted === 1 ? '' : 's'} from ${scores.raters.all} rater${scores.raters.all === 1 ? '' : 's'} counted.`,
      ...(result.addedToActionPlan.length > 0
        ? [`Added to the Action plan: ${result.addedToActionPlan.join(', ')}.`]
        : []),
      ...result.notices,
    ];
    if (result.problems.length > 0) {
      showDialog(
        `${result.problems.length} value${result.problems.length === 1 ? '' : 's'} could not be counted`,
        messagesDialog(
          `${lines.join(' ')} These values were left out. Each names its sheet, row and column; fix them there and refresh again:`,
          result.problems.map((p) => p.message),
          'They are also listed on the Dashboard, under "Found at the last Refresh dashboard".',
        ),
      );
    } else {
      alert('Dashboard refreshed', `${lines.join('\n')}\nEvery value entered could be counted.`);
    }
  });
}
