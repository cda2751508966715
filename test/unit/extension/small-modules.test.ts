import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { scriptFileName } from '../../../extension/build/content-script-iife';
import { deleteDeadIifeChunks, removeScriptResources } from '../../../extension/build/post-build';
import {
  isCheckRequest,
  isRequestForPanel,
  newCheckRequest,
  REQUEST_MAX_AGE_MS,
} from '../../../extension/common/check-request';
import { moveActive } from '../../../extension/common/list-navigation';
import {
  axeViolationsToFindings,
  MAX_NODES_PER_RULE,
  wcagFromTags,
} from '../../../extension/sidepanel/axe-findings';
import { findingSchema } from '../../../shared/checker';

describe('keyboard navigation of the popup results and the options page language list', () => {
  test.each([
    [-1, 'ArrowDown', 5, 0],
    [0, 'ArrowDown', 5, 1],
    [4, 'ArrowDown', 5, 4],
    [0, 'ArrowUp', 5, 0],
    [3, 'ArrowUp', 5, 2],
    [2, 'Home', 5, 0],
    [2, 'End', 5, 4],
    [-1, 'PageDown', 12, 4],
    [4, 'PageDown', 12, 9],
    [9, 'PageDown', 12, 11],
    [9, 'PageUp', 12, 4],
    [2, 'PageUp', 12, 0],
    [3, 'ArrowDown', 0, -1],
  ] as const)('from %i, %s over %i results goes to %i', (from, key, count, to) => {
    expect(moveActive(from, key, count)).toBe(to);
  });
});

describe('check requests', () => {
  const request = newCheckRequest(
    { tabId: 5, windowId: 2, kind: 'page', source: 'popup' },
    1_000_000,
  );
  test('a fresh request is for the panel of its window, once', () => {
    expect(isCheckRequest(request)).toBe(true);
    expect(isRequestForPanel(request, { windowId: 2, handled: new Set() }, 1_000_500)).toBe(true);
    expect(isRequestForPanel(request, { windowId: 3, handled: new Set() }, 1_000_500)).toBe(false);
    expect(
      isRequestForPanel(request, { windowId: 2, handled: new Set([request.id]) }, 1_000_500),
    ).toBe(false);
  });
  test('a panel opened for one tab takes only that tab\u2019s requests', () => {
    expect(
      isRequestForPanel(request, { windowId: 9, pinnedTabId: 5, handled: new Set() }, 1_000_001),
    ).toBe(true);
    expect(
      isRequestForPanel(request, { windowId: 2, pinnedTabId: 6, handled: new Set() }, 1_000_001),
    ).toBe(false);
  });
  test('an old request, meant for a panel that never opened, is ignored', () => {
    expect(
      isRequestForPanel(
        request,
        { windowId: 2, handled: new Set() },
        1_000_000 + REQUEST_MAX_AGE_MS + 1,
      ),
    ).toBe(false);
  });
  test('anything else in the mailbox is not a request', () => {
    expect(isCheckRequest({ tabId: 1 })).toBe(false);
    expect(isCheckRequest(null)).toBe(false);
    expect(isCheckRequest({ ...request, kind: 'everything' })).toBe(false);
  });
});

describe('axe-core violations as findings', () => {
  test.each([
    [['wcag2aa', 'wcag143', 'cat.color'], '1.4.3'],
    [['wcag2a', 'wcag111'], '1.1.1'],
    [['wcag21aa', 'wcag1412'], '1.4.12'],
    [['best-practice'], undefined],
  ])('tags %j give WCAG %s', (tags, wcag) => {
    expect(wcagFromTags(tags)).toBe(wcag);
  });

  test('each element becomes a valid finding that points at it, capped per rule', () => {
    const nodes = Array.from({ length: MAX_NODES_PER_RULE + 5 }, (_, i) => ({
      target: [`#p${i}`],
      text: `Photos ${i}`,
      failureSummary: 'Fix any of the following:\n  Element has insufficient color contrast of 1.6',
    }));
    const out = axeViolationsToFindings(
      [
        {
          id: 'color-contrast',
          impact: 'serious',
          help: 'Elements must meet minimum color contrast ratio thresholds',
          description:
            'Ensure the contrast between foreground and background colors meets WCAG 2 AA',
          helpUrl: 'https://dequeuniversity.com/rules/axe/4.14/color-contrast?application=axeAPI',
          tags: ['wcag2aa', 'wcag143'],
          nodes,
        },
      ],
      3,
      '4.14.1',
    );
    expect(out).toHaveLength(MAX_NODES_PER_RULE);
    for (const { finding } of out) expect(findingSchema.safeParse(finding).success).toBe(true);
    expect(out[0]?.finding).toMatchObject({
      ruleId: 'axe-color-contrast',
      category: 'accessibility',
      severity: 'serious',
      wcag: '1.4.3',
      quote: 'Photos 0',
      message:
        'Elements must meet minimum color contrast ratio thresholds: Element has insufficient color contrast of 1.6',
      source:
        'axe-core 4.14.1, rule color-contrast (https://dequeuniversity.com/rules/axe/4.14/color-contrast)',
    });
    expect(out[0]?.finding.note).toMatch(/5 more elements not listed/);
    expect(out[0]?.target).toEqual({ frameId: 3, selector: ['#p0'] });
  });
});

describe('axe results that name an element the check read', () => {
  test("carry the report's refs for that element, so they can be matched with its findings", () => {
    const out = axeViolationsToFindings(
      [
        {
          id: 'image-alt',
          impact: 'critical',
          help: 'Images must have alternative text',
          description:
            'Ensure <img> elements have alternate text or a role of none or presentation',
          helpUrl: 'https://dequeuniversity.com/rules/axe/4.14/image-alt?application=axeAPI',
          tags: ['wcag2a', 'wcag111'],
          nodes: [
            { target: ['a img'], text: '/uploads/flyer.png', failureSummary: '', refs: [7, 8] },
            { target: ['#logo'], text: '/logo.png', failureSummary: '' },
          ],
        },
      ],
      2,
      '4.14.1',
      (frameId, frameRef) => (frameId === 2 ? { 7: 25, 8: 26 }[frameRef] : undefined),
    );
    expect(out.map((result) => result.elementRefs)).toEqual([[25, 26], []]);
    for (const { finding } of out) expect(findingSchema.safeParse(finding).success).toBe(true);
  });
});

describe('scripts imported with ?script&iife', () => {
  test('are written beside where their source sits under the extension root, as .js', () => {
    expect(scriptFileName('/repo/extension', '/repo/extension/content/agent.ts')).toBe(
      'content/agent.js',
    );
    expect(scriptFileName('/repo/extension', '/repo/extension/inject.mjs')).toBe('inject.js');
  });
});

describe('post-build fixes', () => {
  function fakeBuild(): string {
    const dir = mkdtempSync(join(tmpdir(), 'fsp-postbuild-'));
    mkdirSync(join(dir, 'content'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'content/agent.js'), '(function(){})()');
    writeFileSync(join(dir, 'assets/agent.ts-AbC123.js'), 'export{}');
    writeFileSync(join(dir, 'assets/popup.ts-Zz9.js'), 'export{}');
    writeFileSync(
      join(dir, 'assets/index.html-X.js'),
      'import "./popup.ts-Zz9.js"; const f = "content/agent.js";',
    );
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({
        manifest_version: 3,
        web_accessible_resources: [
          {
            matches: ['http://*/*', 'https://*/*'],
            resources: ['content/agent.js'],
            use_dynamic_url: false,
          },
          { matches: ['https://*/*'], resources: ['images/logo.png', 'content/other.js'] },
        ],
      }),
    );
    return dir;
  }

  test('injected scripts leave web_accessible_resources; other resources stay', () => {
    const dir = fakeBuild();
    expect(removeScriptResources(dir)).toEqual(['content/agent.js', 'content/other.js']);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.web_accessible_resources).toEqual([
      { matches: ['https://*/*'], resources: ['images/logo.png'] },
    ]);
  });

  test('the entry goes entirely when only scripts were listed', () => {
    const dir = fakeBuild();
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({
        web_accessible_resources: [{ matches: ['<all_urls>'], resources: ['content/agent.js'] }],
      }),
    );
    removeScriptResources(dir);
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))).toEqual({});
  });

  test('the dead module copy of an IIFE script is deleted; chunks in use are kept', () => {
    const dir = fakeBuild();
    expect(deleteDeadIifeChunks(dir)).toEqual(['assets/agent.ts-AbC123.js']);
    expect(deleteDeadIifeChunks(dir)).toEqual([]);
    expect(readFileSync(join(dir, 'assets/popup.ts-Zz9.js'), 'utf8')).toBe('export{}');
  });
});
