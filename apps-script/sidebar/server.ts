/**
 * google.script.run as promises. Every server function returns { ok, value } or { ok: false,
 * message }; a failure of the call itself (a lost connection, a time-out) becomes a message too.
 */
type Runner = {
  withSuccessHandler: (fn: (value: unknown) => void) => Runner;
  withFailureHandler: (fn: (error: { message?: string }) => void) => Runner;
} & Record<string, (...args: unknown[]) => void>;

interface GoogleClient {
  script: { run: Runner; host: { close: () => void } };
}

function client(): GoogleClient | undefined {
  return (globalThis as unknown as { google?: GoogleClient }).google;
}

export type CallResult<T> = { ok: true; value: T } | { ok: false; message: string };

export function call<T>(name: string, ...args: unknown[]): Promise<CallResult<T>> {
  const google = client();
  if (!google) {
    return Promise.resolve({
      ok: false,
      message: 'This page only works inside Google Sheets, from the add-on menu.',
    });
  }
  return new Promise((resolve) => {
    google.script.run
      .withSuccessHandler((value) => resolve(value as CallResult<T>))
      .withFailureHandler((error) =>
        resolve({
          ok: false,
          message: `The spreadsheet did not answer (${error?.message ?? 'unknown error'}). Try again.`,
        }),
      )
      [name]?.(...args);
  });
}

export function closeSidebar(): void {
  client()?.script.host.close();
}
