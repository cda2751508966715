import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { resultCountText } from '../../../extension/popup/result-count';
import { repoRoot } from '../../support/paths';

function translator(locale: 'en' | 'es') {
  const messages = JSON.parse(
    readFileSync(join(repoRoot, `extension/_locales/${locale}/messages.json`), 'utf8'),
  ) as Record<string, { message: string }>;
  return (key: string, substitutions?: string | string[]) => {
    const message = messages[key]?.message;
    if (message === undefined) throw new Error(`No message ${key}`);
    const subs = substitutions === undefined ? [] : [substitutions].flat();
    return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}

describe('the popup says how many results it found', () => {
  test.each([
    ['en', 1, '1 result. Arrow keys move; Enter copies the citation.'],
    ['en', 2, '2 results. Arrow keys move; Enter copies the citation.'],
    ['es', 1, '1 resultado. Las flechas mueven; Intro copia la cita.'],
    ['es', 12, '12 resultados. Las flechas mueven; Intro copia la cita.'],
  ] as const)('in %s, %i: %j', (locale, count, expected) => {
    expect(resultCountText(count, translator(locale))).toBe(expected);
  });
});
