import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel, Report } from '../../../../shared/checker/node';
import { repoRoot } from '../../../support/paths';

/**
 * The extraction and the check run unchanged in a real page: shared/checker/index.ts is bundled
 * for the browser (as the extension bundles it) and run in Debian's Chromium on a page with a
 * style sheet, an open shadow root with a slot, and images. What linkedom cannot show is checked
 * here: computed-style visibility, slots, DOM ranges for highlighting, and that the page is left
 * untouched.
 */
const chromiumPath = '/usr/bin/chromium';
let browser: Browser;
let page: Page;
let bundle: string;

const PAGE = `<!doctype html><html lang="en"><head><title>Live page</title>
<style>.hidden-by-css { display: none } .justified { text-align: justify } .small { width: 16px; height: 16px }</style>
</head><body>
<main>
  <h1>Oak School News</h1>
  <p id="intro">Dear families,   the <b>book fair</b> opens Monday in the library.</p>
  <p class="hidden-by-css">This paragraph is hidden by the style sheet.</p>
  <div class="justified"><p>This paragraph is justified by a style sheet rule, not an attribute.</p></div>
  <school-card><span slot="title">Slotted title from the light DOM</span></school-card>
  <p>For the schedule, <a href="/schedule">click here</a>.</p>
  <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" class="small">
</main>
<script>
  customElements.define('school-card', class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).innerHTML =
        '<h2>Inside the shadow root</h2><p><slot name="title">fallback</slot></p><p>Shadow paragraph text.</p>';
    }
  });
</script>
</body></html>`;

beforeAll(async () => {
  // An ES module build, as the extension's: its CommonJS interop is what real bundles use.
  const entry = join(mkdtempSync(join(tmpdir(), 'fsp-live-')), 'entry.ts');
  writeFileSync(
    entry,
    `import * as api from ${JSON.stringify(join(repoRoot, 'shared/checker/index.ts'))};\n(globalThis as any).FspChecker = api;\n`,
  );
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'checker' } },
  });
  const result = Array.isArray(out) ? out[0] : out;
  bundle = (result as { output: { code?: string }[] }).output[0]?.code ?? '';
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--headless=new'],
  });
  page = await browser.newPage();
  await page.setContent(PAGE);
  await page.addScriptTag({ content: bundle, type: 'module' });
  await page.waitForFunction(() => 'FspChecker' in globalThis);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

interface LiveResult {
  model: DocumentModel;
  report: Report;
  unchanged: boolean;
  highlighted: string;
  linkRange: string;
}

describe.skipIf(!existsSync(chromiumPath))('in a live page (Chromium)', () => {
  it('bundles for the browser without linkedom or network calls', () => {
    expect(bundle.length).toBeGreaterThan(10_000);
    expect(bundle).not.toMatch(/parseHTML|htmlparser2/);
    expect(bundle).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon/);
  });

  it('extracts, checks and points back into the page without changing it', async () => {
    const result = await page.evaluate((): LiveResult => {
      const api = (
        globalThis as unknown as { FspChecker: typeof import('../../../../shared/checker/index') }
      ).FspChecker;
      const before = document.documentElement.outerHTML;
      const extraction = api.extractFromDocument(document, {
        isHidden: (el) =>
          getComputedStyle(el).display === 'none' || getComputedStyle(el).visibility === 'hidden',
        isJustified: (el) => getComputedStyle(el).textAlign === 'justify',
        imageSize: (img) => {
          const box = img.getBoundingClientRect();
          return { width: box.width, height: box.height };
        },
      });
      const report = api.checkDocument(extraction.model);
      const intro = extraction.model.blocks.find((b) => b.text.startsWith('Dear families'));
      const start = intro?.text.indexOf('the book fair') ?? -1;
      const range = intro
        ? api.positionToRange(extraction, {
            ref: intro.ref,
            start,
            end: start + 'the book fair'.length,
          })
        : null;
      const link = report.findings.find((f) => f.ruleId === 'link-text-ambiguous');
      const linkRange = link?.position ? api.positionToRange(extraction, link.position) : null;
      return {
        model: extraction.model,
        report,
        unchanged: document.documentElement.outerHTML === before,
        highlighted: range?.toString() ?? '',
        linkRange: linkRange?.toString() ?? '',
      };
    });

    const texts = result.model.blocks.map((b) => b.text);
    expect(texts).toContain('Dear families, the book fair opens Monday in the library.');
    expect(texts).not.toContain('This paragraph is hidden by the style sheet.');
    expect(texts).toEqual(
      expect.arrayContaining([
        'Inside the shadow root',
        'Slotted title from the light DOM',
        'Shadow paragraph text.',
      ]),
    );
    expect(texts).not.toContain('fallback');
    expect(
      result.model.blocks.find((b) => b.text.startsWith('This paragraph is justified'))?.justified,
    ).toBe(true);
    expect(result.model.images[0]).toEqual(
      expect.objectContaining({ width: 16, height: 16, alt: null }),
    );
    expect(result.model.mainContent).toMatch(/readability|whole-body/);

    expect(result.highlighted).toBe('the book fair');
    expect(result.linkRange).toBe('click here');
    expect(result.unchanged).toBe(true);

    expect(result.report.languages.primary).toBe('en');
    expect(result.report.findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['link-text-ambiguous', 'justified-text']),
    );
    // A 16-pixel image without alt is still missing alt text, but it is not a flyer.
    expect(result.report.findings.map((f) => f.ruleId)).toContain('image-alt-missing');
  }, 30_000);
});
