import { afterAll, beforeAll, expect, test } from 'vitest';
import { openDraftBox } from './support/check-flow';
import { type ExtensionBrowser, launchWithExtension } from './support/extension-browser';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ locale: 'es' });
});

afterAll(async () => {
  await browser?.close();
});

test('the UI follows the browser language: Spanish', async () => {
  const popup = await browser.openExtensionPage('popup/index.html');
  await expect.poll(() => popup.locator('#check-page').textContent()).toBe('Revisar esta página');
  expect(await popup.getAttribute('#search', 'placeholder')).toBe(
    'Buscar estándares, indicadores, pasos…',
  );
  expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^es/);
  await popup.fill('#search', '2.1.2');
  await expect
    .poll(() => popup.locator('#result-count').textContent())
    .toBe('1 resultado. Las flechas mueven; Intro copia la cita.');
  // An id written as the Spanish speaker says it.
  await popup.fill('#search', 'indicador 2.1.2');
  await expect
    .poll(() => popup.locator('#result-count').textContent())
    .toBe('1 resultado. Las flechas mueven; Intro copia la cita.');
  // The framework's wording is English: a Spanish word that finds nothing says so.
  await popup.fill('#search', 'traducción');
  await expect
    .poll(() => popup.locator('#result-count').textContent())
    .toBe(
      'Sin resultados. Los estándares están en inglés: pruebe con una palabra en inglés (translation, no traducción) o un número como 2.1.',
    );
  await popup.close();

  const panel = await browser.openExtensionPage('sidepanel/index.html');
  expect(await panel.locator('h1').textContent()).toBe('Revisión del mensaje');
  await openDraftBox(panel);
  await panel.fill(
    '#draft-text',
    'Estimadas familias: la reunión de padres es el martes a las 6 de la tarde. Habrá intérpretes disponibles.',
  );
  await panel.click('#check-draft');
  await expect.poll(() => panel.locator('#report').isVisible()).toBe(true);
  expect(await panel.locator('#report h2').first().textContent()).toBe('Resumen');
  expect(await panel.locator('#copy-markdown').textContent()).toBe('Copiar como Markdown');
  await panel.close();

  const options = await browser.openExtensionPage('options/index.html');
  expect(await options.locator('legend').first().textContent()).toBe('Los idiomas de su distrito');
  await options.close();
  expect(
    browser.requests.filter((r) => !r.url.startsWith(`chrome-extension://${browser.extensionId}/`)),
  ).toEqual([]);
});
