import { stampUpdated, tryDocumentLock } from '../sheet-adapter';

/**
 * Simple trigger: a rater's edit puts today's date in their Updated column. It is a convenience,
 * so it waits briefly for the lock and gives up quietly rather than interrupting anyone's typing.
 */
export function onEdit(event?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!event?.range) return;
  try {
    tryDocumentLock(() => stampUpdated(event.range, new Date()), 2000);
  } catch (error) {
    console.warn('Could not stamp the Updated column', error);
  }
}
