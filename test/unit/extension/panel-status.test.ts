import { describe, expect, test } from 'vitest';
import { checkDoneText, rowsCopiedText } from '../../../extension/sidepanel/status-text';
import { extensionTranslator } from './messages';

describe('the side panel counts findings, tags and copied rows in words that agree', () => {
  test.each([
    ['en', 1, 1, 'Checked: 1 finding, 1 indicator tag, in 40 ms.'],
    ['en', 2, 0, 'Checked: 2 findings, 0 indicator tags, in 40 ms.'],
    ['es', 1, 1, 'Revisado: 1 hallazgo, 1 etiqueta de indicador, en 40 ms.'],
    ['es', 3, 2, 'Revisado: 3 hallazgos, 2 etiquetas de indicadores, en 40 ms.'],
  ] as const)('a page check in %s: %i findings, %i tags', (locale, findings, tags, expected) => {
    expect(checkDoneText({ findings, tags, ms: 40 }, extensionTranslator(locale))).toBe(expected);
  });

  test.each([
    ['en', 'Draft checked: 1 finding, 1 indicator tag.'],
    ['es', 'Borrador revisado: 1 hallazgo, 1 etiqueta de indicador.'],
  ] as const)('a draft check in %s, no time given', (locale, expected) => {
    expect(checkDoneText({ findings: 1, tags: 1 }, extensionTranslator(locale))).toBe(expected);
  });

  test.each([
    ['en', 1, '1 row copied. Paste it into the evidence sheet of the Sheets add-on.'],
    ['en', 4, '4 rows copied. Paste them into the evidence sheet of the Sheets add-on.'],
    [
      'es',
      1,
      'Se copió 1 fila. Péguela en la hoja de evidencias del complemento de Hojas de cálculo.',
    ],
    [
      'es',
      4,
      'Se copiaron 4 filas. Péguelas en la hoja de evidencias del complemento de Hojas de cálculo.',
    ],
  ] as const)('rows copied for Sheets in %s: %i', (locale, rows, expected) => {
    expect(rowsCopiedText(rows, extensionTranslator(locale))).toBe(expected);
  });
});
