import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../support/paths';

/** chrome.i18n.getMessage over the extension's messages file for a locale, with $1.. substitutions. */
export function extensionTranslator(locale: 'en' | 'es') {
  const messages = JSON.parse(
    readFileSync(join(repoRoot, `extension/_locales/${locale}/messages.json`), 'utf8'),
  ) as Record<string, { message: string }>;
  return (key: string, substitutions?: string | string[]): string => {
    const message = messages[key]?.message;
    if (message === undefined) throw new Error(`No message ${key}`);
    const subs = substitutions === undefined ? [] : [substitutions].flat();
    return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}
