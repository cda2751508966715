import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../../support/paths';

const read = (lang: string) =>
  JSON.parse(
    readFileSync(join(repoRoot, `extension/_locales/${lang}/messages.json`), 'utf8'),
  ) as Record<string, { message: string }>;
const en = read('en');
const es = read('es');

/** Keys the code and pages ask for: t('key'), data-i18n="key", messageKey: 'key', __MSG_key__. */
async function keysUsed(): Promise<{ keys: Set<string>; prefixes: Set<string> }> {
  const files = await glob(['extension/**/*.{ts,html}'], {
    cwd: repoRoot,
    ignore: ['extension/build/**', 'extension/scripts/**'],
  });
  const keys = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of files) {
    const text = readFileSync(join(repoRoot, file), 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([A-Za-z_]+)'/g)) keys.add(m[1] as string);
    for (const m of text.matchAll(/\bt\(\s*`([A-Za-z_]+)\$\{/g)) prefixes.add(m[1] as string);
    for (const m of text.matchAll(/data-i18n(?:-[a-z-]+)?="([A-Za-z_]+)"/g))
      keys.add(m[1] as string);
    for (const m of text.matchAll(/(?:messageKey|labelKey): '([A-Za-z_]+)'/g))
      keys.add(m[1] as string);
    for (const m of text.matchAll(/getMessage\('([A-Za-z_]+)'/g)) keys.add(m[1] as string);
    for (const m of text.matchAll(/__MSG_([A-Za-z_]+)__/g)) keys.add(m[1] as string);
    for (const m of text.matchAll(
      /'(unsupported[A-Z][A-Za-z]+|framework(?:Pta|Kbr)[A-Za-z0-9]*)'/g,
    ))
      keys.add(m[1] as string);
  }
  return { keys, prefixes };
}

describe('UI strings', () => {
  test('English and Spanish have the same keys', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  test('every string the UI asks for exists', async () => {
    const { keys, prefixes } = await keysUsed();
    expect(keys.size).toBeGreaterThan(80);
    expect([...keys].filter((k) => !(k in en))).toEqual([]);
    for (const prefix of prefixes) {
      expect(
        Object.keys(en).some((k) => k.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
  });

  test('every string is translated, with the same substitutions', () => {
    for (const [key, { message }] of Object.entries(en)) {
      const spanish = es[key]?.message ?? '';
      expect(spanish, key).not.toBe('');
      const slots = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort();
      expect(slots(spanish), key).toEqual(slots(message));
      if (message.length > 12 && !/^[A-Z]{2,}|PTA|Markdown/.test(message))
        expect(spanish, key).not.toBe(message);
    }
  });

  test('the Chrome Web Store limits are kept', () => {
    expect(en.extensionName?.message.length).toBeLessThanOrEqual(75);
    expect(es.extensionName?.message.length).toBeLessThanOrEqual(75);
    expect(en.extensionDescription?.message.length).toBeLessThanOrEqual(132);
    expect(es.extensionDescription?.message.length).toBeLessThanOrEqual(132);
    expect(en.extensionShortName?.message.length).toBeLessThanOrEqual(12);
    expect(es.extensionShortName?.message.length).toBeLessThanOrEqual(12);
  });
});
