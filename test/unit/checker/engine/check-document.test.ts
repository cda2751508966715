import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  builtInRules,
  checkDocument,
  extractFromHtml,
  extractFromText,
  type LoadedRule,
  reportSchema,
  SEVERITIES,
  TOOL,
} from '../../../../shared/checker/node';
import { repoRoot } from '../../../support/paths';

const newsletter = `<!doctype html><html lang="en"><head><title>Maple Elementary News</title></head><body>
<main><h1>Maple Elementary News</h1>
<p>Dear families, welcome back to school. Our first family night is on Thursday, September 12, in the library. Interpreters are available in Spanish and Vietnamese; please tell the office if you need one.</p>
<p>Please take our two-minute survey about how you like to hear from us. We will share what we learned in the October newsletter.</p>
<img src="flyer.jpg">
<p>For the full calendar, <a href="calendar.pdf">click here</a>.</p>
</main></body></html>`;

describe('checkDocument', () => {
  const report = checkDocument(extractFromHtml(newsletter).model, {
    now: new Date('2025-09-01T12:00:00Z'),
    strict: true,
  });

  it('produces a report that matches the schema', () => {
    const parsed = reportSchema.safeParse(report);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(report.tool).toEqual({ name: TOOL.name, version: TOOL.version });
    expect(report.checkedAt).toBe('2025-09-01T12:00:00.000Z');
    expect(report.input).toEqual({ kind: 'html', title: 'Maple Elementary News' });
    expect(report.options).toEqual({
      languages: ['en', 'es', 'zh', 'vi', 'ar', 'so', 'tl', 'ru', 'ht', 'pt', 'fr', 'ko'],
      targetGrade: 8,
      frameworkId: 'pta-2022',
    });
  });

  it('reports the language, reading level and translation offer', () => {
    expect(report.languages.primary).toBe('en');
    expect(report.languages.bilingual).toBe(false);
    expect(report.readingLevel.language).toBe('en');
    expect(report.readingLevel.grade).toBeGreaterThan(3);
    expect(report.readingLevel.sentences).toBe(6);
    expect(report.translation.offered).toBe(true);
    expect(report.translation.languages).toEqual(expect.arrayContaining(['es', 'vi']));
  });

  it('tags indicators with quoted evidence and sorts findings most severe first', () => {
    expect(report.tags.length).toBeGreaterThan(0);
    for (const tag of report.tags) {
      expect(tag.kind).toBe('tag');
      expect(tag.severity).toBe('info');
      expect(tag.indicatorId).toMatch(/^\d+\.\d+\.\d+$/);
      expect(tag.quote.length).toBeGreaterThan(0);
    }
    expect(report.tags.map((t) => t.indicatorId)).toContain('2.1.2');
    const ranks = report.findings.map((f) => SEVERITIES.indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('summarises counts and Standard 2 coverage consistently', () => {
    const { summary } = report;
    const counted = Object.values(summary.counts).flatMap((bySeverity) =>
      Object.values(bySeverity),
    );
    expect(counted.reduce((a, b) => a + b, 0)).toBe(summary.total);
    expect(summary.total).toBe(report.tags.length + report.findings.length);
    expect(summary.counts.indicator.info).toBe(report.tags.length);
    expect([...summary.standard2.evidenced, ...summary.standard2.missing].sort()).toEqual([
      '2.1.1',
      '2.1.2',
      '2.1.3',
      '2.1.4',
      '2.1.5',
      '2.1.6',
      '2.2.1',
      '2.2.2',
      '2.2.3',
    ]);
    const tagged = new Set(report.tags.map((t) => t.indicatorId));
    expect(summary.standard2.evidenced.every((id) => tagged.has(id))).toBe(true);
    expect(summary.standard2.missing.some((id) => tagged.has(id))).toBe(false);
  });

  it('suggests what to add for each Standard 2 indicator not evidenced', () => {
    expect(report.suggestions.map((s) => s.indicatorId)).toEqual(report.summary.standard2.missing);
    for (const suggestion of report.suggestions) {
      expect(suggestion.suggestion.length).toBeGreaterThan(20);
      expect(suggestion.indicatorText.length).toBeGreaterThan(10);
      expect(suggestion.source).toMatch(/National PTA/);
    }
  });

  it('recognises a bilingual message as offering a translation', () => {
    const english =
      'Our school picnic is on Saturday at the park near the library. Families can bring a blanket, a lunch, and a game to share with friends and neighbors. We will start at noon.';
    const spanish =
      'Nuestro picnic escolar es el sábado en el parque cerca de la biblioteca. Las familias pueden traer una manta, un almuerzo y un juego para compartir con amigos y vecinos. Empezaremos al mediodía.';
    const r = checkDocument(extractFromText(`${english}\n\n${spanish}`), { strict: true });
    expect(r.languages.bilingual).toBe(true);
    expect(r.languages.detected.map((d) => d.language).sort()).toEqual(['en', 'es']);
    expect(r.translation.offered).toBe(true);
    expect(r.translation.languages).toContain(r.languages.primary === 'en' ? 'es' : 'en');
  });

  it('keeps going when a rule fails, and says so; strict mode throws', () => {
    const broken: LoadedRule = {
      rule: { ...builtInRules()[0]!.rule, id: 'broken-rule' },
      check: () => {
        throw new Error('boom');
      },
    };
    const model = extractFromText('Hello families.');
    const r = checkDocument(model, { rules: [broken, ...builtInRules()] });
    expect(r.input.notes).toEqual([
      'The rule "broken-rule" could not run (boom); its findings are missing.',
    ]);
    expect(() => checkDocument(model, { rules: [broken], strict: true })).toThrow(
      `Rule "broken-rule" (check "${broken.rule.check}") failed: boom`,
    );
  });

  it('rejects bad options with a clear message', () => {
    const model = extractFromText('Hello.');
    expect(() => checkDocument(model, { languages: ['en', 'xx'] })).toThrow(
      /Unknown or undetectable language code "xx"/,
    );
    expect(() => checkDocument(model, { targetGrade: 0 })).toThrow(
      /target grade must be a number from 1 to 18/,
    );
    expect(() => checkDocument(model, { frameworkId: 'kb-r' })).toThrow(/pta-2022 only/);
  });

  it('reports an empty document without crashing', () => {
    const r = checkDocument(extractFromText(''));
    expect(reportSchema.safeParse(r).success).toBe(true);
    expect(r.languages.primary).toBeNull();
    expect(r.readingLevel).toEqual(
      expect.objectContaining({ grade: null, reason: 'There is no text to measure.' }),
    );
  });
});

describe('tool version', () => {
  it('matches package.json', () => {
    const pkg = JSON.parse(readFileSync(`${repoRoot}/package.json`, 'utf8')) as { version: string };
    expect(TOOL.version).toBe(pkg.version);
  });
});
