/**
 * A problem the user can fix (a missing framework, an invalid value, a sheet someone else is
 * editing). Its message is shown as is, in plain words; anything else is an internal error and is
 * reported without its stack trace.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}

export function isUserError(error: unknown): error is UserError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'UserError'
  );
}
