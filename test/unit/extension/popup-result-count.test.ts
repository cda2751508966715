import { describe, expect, test } from 'vitest';
import { countMessage } from '../../../extension/common/plural';
import { resultCountText } from '../../../extension/popup/result-count';
import { extensionTranslator } from './messages';

describe('the popup says how many results it found', () => {
  test.each([
    ['en', 1, '1 result. Arrow keys move; Enter copies the citation.'],
    ['en', 2, '2 results. Arrow keys move; Enter copies the citation.'],
    ['es', 1, '1 resultado. Las flechas mueven; Intro copia la cita.'],
    ['es', 12, '12 resultados. Las flechas mueven; Intro copia la cita.'],
  ] as const)('in %s, %i: %j', (locale, count, expected) => {
    expect(resultCountText(count, extensionTranslator(locale))).toBe(expected);
  });
});

describe('the options page says how many problems keep a framework from being saved', () => {
  const keys = { one: 'optionsCustomInvalidOne', other: 'optionsCustomInvalid' };
  test.each([
    ['en', 1, 'Not saved: 1 problem to fix (listed below; the message is in English).'],
    ['en', 3, 'Not saved: 3 problems to fix (listed below; the messages are in English).'],
    [
      'es',
      1,
      'No se guardó: hay 1 problema que corregir (en la lista de abajo; el mensaje está en inglés).',
    ],
    [
      'es',
      3,
      'No se guardó: hay 3 problemas que corregir (en la lista de abajo; los mensajes están en inglés).',
    ],
  ] as const)('in %s, %i: %j', (locale, count, expected) => {
    expect(countMessage(count, keys, extensionTranslator(locale))).toBe(expected);
  });
});
