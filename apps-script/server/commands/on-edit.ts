import { handleEdit, tryDocumentLock } from '../sheet-adapter';

/**
 * Simple trigger: a rater's edit puts today's date in their Updated column; a tick edited on
 * Priorities forgets that indicator's "On the action plan" mark. It waits briefly for the lock
 * and gives up quietly rather than interrupting anyone's typing.
 */
export function onEdit(event?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!event?.range) return;
  try {
    tryDocumentLock(() => handleEdit(event.range, new Date()), 2000);
  } catch (error) {
    console.warn('Could not handle the edit', error);
  }
}
