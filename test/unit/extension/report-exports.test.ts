import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { addFindings } from '../../../extension/sidepanel/add-findings';
import {
  type AxeViolation,
  axeViolationsToFindings,
} from '../../../extension/sidepanel/axe-findings';
import { escapeMarkdown, reportToMarkdown } from '../../../extension/sidepanel/export-markdown';
import { localDate, reportToTsv, tsvCell } from '../../../extension/sidepanel/export-tsv';
import { readingScoreRow } from '../../../extension/sidepanel/reading-scores';
import {
  evidencedIndicators,
  findingGroups,
  missingIndicators,
} from '../../../extension/sidepanel/report-groups';
import {
  checkDocument,
  extractFromHtml,
  extractFromText,
  type Finding,
  reportSchema,
} from '../../../shared/checker/node';
import { builtInFramework, findNode, nodeLabel } from '../../../shared/frameworks';
import { repoRoot } from '../../support/paths';
import { extensionTranslator } from './messages';

/** chrome.i18n.getMessage over the English messages file. */
const t = extensionTranslator('en');

const NEWSLETTER = [
  '# Lincoln PTA news',
  '',
  'Interpreters are available at every conference: call the office at 555-0100 to ask for one.',
  '',
  'Please take our family survey about the new lunch schedule. Last year you told us lunch was too short, so we added ten minutes.',
  '',
  'Our bake sale will be a piece of cake to run if every family brings one dish. The IEP team meets on 3/4.',
].join('\n');

const report = checkDocument(extractFromText(NEWSLETTER), {
  input: { kind: 'draft', title: 'Lincoln PTA news', url: 'https://lincoln.example.org/news' },
  now: new Date('2026-03-02T15:04:05Z'),
});

/** The bundled sample newsletter, as the extension would check it as a page. */
const sample = checkDocument(
  extractFromHtml(
    readFileSync(join(repoRoot, 'shared/cli/examples/sample-newsletter.html'), 'utf8'),
  ).model,
  { input: { kind: 'page', title: 'Sample newsletter', url: 'http://127.0.0.1/sample' } },
);

const context = {
  t,
  indicatorText: (id: string) => {
    const node = findNode(builtInFramework('pta-2022'), id);
    return node ? nodeLabel(node) : undefined;
  },
  languageName: (code: string) => ({ en: 'English', es: 'Español' })[code] ?? code,
};

describe('the report the panel shows', () => {
  test('is a valid report with tags and findings to export', () => {
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(report.tags.length).toBeGreaterThan(1);
    expect(report.findings.length).toBeGreaterThan(1);
  });

  test('evidenced indicators are in framework order with their quotes', () => {
    const evidenced = evidencedIndicators(report);
    const ids = evidenced.map((e) => e.indicatorId);
    expect(ids).toContain('2.1.2');
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    const interpreters = evidenced.find((e) => e.indicatorId === '2.1.2');
    expect(interpreters?.tags[0]?.quote).toMatch(/Interpreters are available/);
  });

  test('missing Standard 2 indicators are listed', () => {
    const missing = missingIndicators(report).map((m) => m.indicatorId);
    expect(missing).toEqual(report.summary.standard2.missing.slice().sort());
    expect(missing).not.toContain('2.1.2');
  });

  test('findings are grouped by category, the group with the most severe finding first', () => {
    const finding = (
      category: Finding['category'],
      severity: Finding['severity'],
      ref: number,
    ): Finding => ({
      ruleId: `r-${category}-${severity}-${ref}`,
      kind: 'finding',
      category,
      severity,
      quote: 'x',
      position: { ref, start: 0, end: 1 },
      message: 'm',
      source: 's',
    });
    const groups = findingGroups([
      finding('plain-language', 'minor', 1),
      finding('accessibility', 'moderate', 5),
      finding('plain-language', 'serious', 9),
      finding('accessibility', 'serious', 2),
      finding('forms', 'minor', 0),
    ]);
    expect(groups.map((g) => g.category)).toEqual(['plain-language', 'accessibility', 'forms']);
    expect(groups[0]?.findings.map((f) => f.severity)).toEqual(['serious', 'minor']);
    expect(groups[1]?.findings.map((f) => f.position?.ref)).toEqual([2, 5]);
  });
});

describe('a quote that evidences one indicator through two rules', () => {
  const twice = sample.tags.filter(
    (tag) =>
      tag.indicatorId === '2.1.4' &&
      tag.quote === 'Thank you to the 212 families who answered our fall survey.',
  );

  test('the sample newsletter has one (two rules tag the same survey sentence)', () => {
    expect(twice.map((tag) => tag.ruleId).sort()).toEqual([
      'gathers-family-input',
      'reports-back-on-input',
    ]);
  });

  test('is listed once under its indicator in the panel and the Markdown copy', () => {
    for (const entry of evidencedIndicators(sample)) {
      const quotes = entry.tags.map((tag) => tag.quote);
      expect(quotes, entry.indicatorId).toEqual([...new Set(quotes)]);
    }
    const markdown = reportToMarkdown(sample, context);
    expect(markdown.split('Thank you to the 212 families').length - 1).toBe(1);
  });

  test('is one row in the copy for Sheets', () => {
    const rows = reportToTsv(sample)
      .split('\n')
      .map((line) => line.split('\t'));
    const pairs = rows.map((row) => `${row[0]} ${row[4]}`);
    expect(pairs).toEqual([...new Set(pairs)]);
    expect(
      rows.filter(
        (row) => row[0] === 'pta-2022:2.1.4' && row[4]?.startsWith('Thank you to the 212'),
      ),
    ).toHaveLength(1);
    const distinct = new Set(sample.tags.map((tag) => `${tag.indicatorId} ${tag.quote}`));
    expect(rows).toHaveLength(distinct.size);
    expect(rows.length).toBeLessThan(sample.tags.length);
  });
});

describe('reading scores in the summary', () => {
  test("have readable names and one decimal, not the checker's ids", () => {
    const rows = sample.readingLevel.scores.map((score) => readingScoreRow(score, t));
    const labels = rows.map((row) => row.label);
    expect(labels).toEqual([
      'Flesch-Kincaid grade',
      'Flesch reading ease',
      'Fernández-Huerta score',
    ]);
    for (const [row, score] of rows.map((r, i) => [r, sample.readingLevel.scores[i]] as const)) {
      expect(row.value.startsWith(score?.value.toFixed(1) ?? '?')).toBe(true);
      expect(row.value).not.toMatch(/package|flesch-kincaid|fernandez/);
    }
  });

  test('a grade such as 5.7 is shown as 5.7, not 6', () => {
    const row = readingScoreRow(
      { name: 'flesch-kincaid-grade-dictionary-syllables', value: 5.7, scale: 'raw' },
      t,
    );
    expect(row.value).toMatch(/^5\.7 \(/);
  });

  test("a score this version has no name for keeps the checker's own name and scale", () => {
    expect(readingScoreRow({ name: 'new-score', value: 12.34, scale: 'a scale' }, t)).toEqual({
      label: 'new-score',
      value: '12.3 (a scale)',
    });
  });
});

describe('Markdown export', () => {
  const markdown = reportToMarkdown(report, context);

  test('has the summary, indicators with quotes, and findings by category', () => {
    expect(markdown).toMatch(/^# Message check: Lincoln PTA news\n/);
    expect(markdown).toContain('<https://lincoln.example.org/news>');
    expect(markdown).toContain('## Summary');
    expect(markdown).toMatch(/- Reading grade: \d+\.\d \(target 8 or below/);
    expect(markdown).toContain(
      '- **2.1.2** Address access by providing interpretation, translation, and/or accommodations',
    );
    expect(markdown).toMatch(/ {2}- “Interpreters are available/);
    expect(markdown).toContain('## Findings');
    expect(markdown).toContain('### Plain language');
    expect(markdown).toMatch(/- \*\*(Moderate|Minor)\*\*: .*piece of cake/);
  });

  test('gives each indicator its passages, asking for a check where there is only one', () => {
    expect(report.summary.indicators.map((i) => [i.indicatorId, i.passages])).toEqual([
      ['2.1.2', 1],
      ['2.1.4', 2],
      ['2.1.5', 1],
    ]);
    expect(markdown).toMatch(
      /^- \*\*2\.1\.2\*\* Address access .* \(1 passage only: read it and check that it fits this indicator\.\)$/m,
    );
    expect(markdown).toMatch(/^- \*\*2\.1\.4\*\* .* \(2 passages\)$/m);
  });

  test('names a form embedded from another site as not checked, as the panel does', () => {
    const withFrame = reportToMarkdown(report, {
      ...context,
      unreadFrames: [
        { url: 'https://docs.google.com/forms/d/e/1/viewform', title: 'Family survey' },
      ],
    });
    expect(withFrame).toContain(
      '> Not checked: “Family survey” (docs.google.com), embedded from another site.',
    );
    expect(markdown).not.toContain('Not checked:');
  });

  test('page text cannot inject Markdown', () => {
    expect(escapeMarkdown('*bold* [link](http://x) <b>#1</b> `code` a|b')).toBe(
      '\\*bold\\* \\[link\\](http://x) \\<b\\>\\#1\\</b\\> \\`code\\` a\\|b',
    );
  });
});

describe('a message in a language outside the district list', () => {
  // Written for this test: a German newsletter paragraph.
  const german = checkDocument(
    extractFromText(
      'Liebe Eltern, am Donnerstag findet unser Elternabend in der Aula statt. Wir freuen uns auf Ihren Besuch und bitten Sie, sich bis Montag im Sekretariat anzumelden. Die Kinder bringen bitte ihre Sportsachen mit.',
    ),
    { input: { kind: 'draft', title: 'Elternbrief', url: '' } },
  );

  test('the export names it and says what is not checked', () => {
    expect(german.languages.primary).toBe('de');
    const markdown = reportToMarkdown(german, context);
    expect(markdown).toContain(
      "- Language list: de (de) is not one of your district's languages (en, es, zh, vi, ar, so, tl, ru, ht, pt, fr, ko): reading level and wording are not checked in it. If families read it, add it under “Other languages” on the extension's options page.",
    );
  });

  test('the panel names it in its own language', async () => {
    const { languageName } = await import('../../../extension/common/languages');
    expect(languageName('de')).toBe('Deutsch');
    expect(languageName('es')).toBe('Español');
    expect(languageName('not a code')).toBe('not a code');
  });

  test('a message in a listed language gets no such line', () => {
    expect(reportToMarkdown(report, context)).not.toContain('Language list');
  });
});

describe('TSV export for the Sheets add-on', () => {
  test('one row per indicator and quote: framework:indicator id, date, page title, URL, evidence', () => {
    const rows = reportToTsv(report)
      .split('\n')
      .map((line) => line.split('\t'));
    const firstOfEach = report.tags.filter(
      (tag, i) =>
        report.tags.findIndex(
          (other) => other.indicatorId === tag.indicatorId && other.quote === tag.quote,
        ) === i,
    );
    expect(rows).toHaveLength(firstOfEach.length);
    for (const [row, tag] of rows.map((r, i) => [r, firstOfEach[i]] as const)) {
      expect(row).toEqual([
        // The framework names the id, so a KB-R or PTA 2008 workbook maps it, never misreads it.
        `pta-2022:${tag?.indicatorId}`,
        localDate('2026-03-02T15:04:05Z'),
        'Lincoln PTA news',
        'https://lincoln.example.org/news',
        tag?.quote,
      ]);
    }
    expect(localDate('2026-03-02T15:04:05Z')).toMatch(/^2026-03-0[23]$/);
  });

  test.each([
    ['a\tb', 'a b'],
    ['line one\nline two', 'line one line two'],
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+1 555 0100', "'+1 555 0100"],
    ['-5 degrees', "'-5 degrees"],
    ['@home', "'@home"],
    ['"quoted" text', '\'"quoted" text'],
    ['Interpreters are available.', 'Interpreters are available.'],
  ])('cell %j is written as %j', (input, expected) => {
    expect(tsvCell(input)).toBe(expected);
  });
});

describe('adding the full accessibility check', () => {
  test('appends findings and keeps the counts and total in step', () => {
    const extra: Finding = {
      ruleId: 'axe-color-contrast',
      kind: 'finding',
      category: 'accessibility',
      severity: 'serious',
      quote: 'Photos by the Yearbook Club',
      message: 'Elements must meet minimum color contrast ratio thresholds',
      source: 'axe-core',
      wcag: '1.4.3',
    };
    const { report: combined, added } = addFindings(report, [
      { finding: extra, elementRefs: [] },
      { finding: extra, elementRefs: [] },
    ]);
    expect(added).toBe(2);
    expect(reportSchema.safeParse(combined).success).toBe(true);
    expect(combined.findings).toHaveLength(report.findings.length + 2);
    expect(combined.summary.counts.accessibility.serious).toBe(
      report.summary.counts.accessibility.serious + 2,
    );
    expect(combined.summary.total).toBe(report.summary.total + 2);
    expect(combined.summary.counts.indicator).toEqual(report.summary.counts.indicator);
  });

  describe('on the sample newsletter', () => {
    const refOf = (ruleId: string) => {
      const ref = sample.findings.find((f) => f.ruleId === ruleId)?.position?.ref;
      if (ref === undefined) throw new Error(`The sample has no ${ruleId} finding`);
      return ref;
    };
    /** axe's results for the sample's flyer image and skipped heading, as the page returns them. */
    const violation = (
      id: string,
      impact: string,
      tags: string[],
      ref: number,
      text: string,
    ): AxeViolation => ({
      id,
      impact,
      help: id,
      description: id,
      helpUrl: `https://dequeuniversity.com/rules/axe/4.14/${id}`,
      tags,
      nodes: [{ target: ['x'], text, failureSummary: '', refs: [ref] }],
    });
    const axeFindings = axeViolationsToFindings(
      [
        violation(
          'image-alt',
          'critical',
          ['wcag2a', 'wcag111'],
          refOf('image-alt-missing'),
          '/uploads/fun-run-flyer.png',
        ),
        violation(
          'heading-order',
          'moderate',
          ['best-practice'],
          refOf('heading-level-skipped'),
          'Free books',
        ),
        violation(
          'color-contrast',
          'serious',
          ['wcag2aa', 'wcag143'],
          refOf('heading-level-skipped'),
          'Free books',
        ),
      ],
      0,
      '4.14.1',
      (_frameId, frameRef) => frameRef,
    );

    test('axe results for an element and criterion the checker already reported are not added again', () => {
      expect(sample.summary.counts.accessibility).toMatchObject({ serious: 1, moderate: 3 });
      const { report: combined, added } = addFindings(sample, axeFindings.slice(0, 2));
      expect(added).toBe(0);
      expect(combined.findings).toHaveLength(sample.findings.length);
      expect(combined.summary.counts.accessibility).toEqual(sample.summary.counts.accessibility);
    });

    test('an axe result for the same element under another criterion is added, and counted as new', () => {
      const { report: combined, added } = addFindings(sample, axeFindings);
      expect(added).toBe(1);
      expect(
        combined.findings.filter((f) => f.ruleId.startsWith('axe-')).map((f) => f.ruleId),
      ).toEqual(['axe-color-contrast']);
      expect(combined.summary.counts.accessibility.serious).toBe(2);
      expect(combined.summary.total).toBe(sample.summary.total + 1);
    });
  });
});
