import { isUserError } from '../../workbook/user-error';
import { alert } from '../sheet-adapter';

/** What a sidebar call returns: never an exception, so the sidebar always has words to show. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * The message a person sees for an error: a user error as it is, anything else in plain words
 * with the service's own message but never a stack trace.
 */
export function plainMessage(error: unknown): string {
  if (isUserError(error)) return error.message;
  // Duck-typed: errors from the services may not be instances of this realm's Error.
  const message = (error as { message?: unknown } | null)?.message;
  const detail = (typeof message === 'string' ? message : String(error)).split('\n')[0];
  return `The add-on stopped before it finished (${detail}). Ratings already typed stay on the rating sheets. Try again; if it keeps happening, open "Set up assessment…" and save.`;
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
