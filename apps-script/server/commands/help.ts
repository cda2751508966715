import { helpDialog } from '../dialogs';
import { showDialog } from '../sheet-adapter';
import { runMenuCommand } from './run';

export function showHelp(): void {
  runMenuCommand('Help', () =>
    showDialog('Family-School Partnership Toolkit', helpDialog(), 620, 520),
  );
}
