import { isUserError } from '../../workbook/user-error';
import { alert, SheetWriteError, serviceErrorMessage } from '../sheet-adapter';

/** What a sidebar call returns: never an exception, so the sidebar always has words to show. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * The message a person sees for an error: a user error as it is, anything else in plain words
 * with the service's own message but never a stack trace.
 */
export function plainMessage(error: unknown): string {
  if (isUserError(error)) return error.message;
  const detail = serviceErrorMessage(error).split('\n')[0] ?? '';
  const sheet = error instanceof SheetWriteError ? error.sheetName : undefined;
  const where = sheet ? `stopped while writing sheet "${sheet}"` : 'stopped before it finished';
  const protectedRange =
    sheet && /protected/i.test(detail)
      ? ' A protected range on that sheet lets only some people edit it: ask its owner to let you edit it, or ask someone who can to run the command.'
      : '';
  return `The add-on ${where} (${detail}).${protectedRange} Ratings already typed stay on the rating sheets. Try again; if it keeps happening, open "Set up assessment…" and save.`;
}

export function runMenuCommand(title: string, command: () => void): void {
  try {
    command();
  } catch (error) {
    console.error(error);
    alert(title, plainMessage(error));
  }
}

export function runSidebarCall<T>(call: () => T): CallResult<T> {
  try {
    return { ok: true, value: call() };
  } catch (error) {
    console.error(error);
    return { ok: false, message: plainMessage(error) };
  }
}
