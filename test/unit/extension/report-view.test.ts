import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { reportToMarkdown } from '../../../extension/sidepanel/export-markdown';
import { renderReport } from '../../../extension/sidepanel/report-view';
import { checkDocument, extractFromText, type Report } from '../../../shared/checker/node';
import { extensionTranslator } from './messages';

const t = extensionTranslator('en');

const languageName = (code: string) =>
  ({ en: 'English', es: 'Spanish', ar: 'Arabic' })[code] ?? code;

// The panel's renderer uses the page's `document`; linkedom stands in for it here.
const globals = globalThis as { document?: unknown };
beforeAll(() => {
  globals.document = parseHTML('<!doctype html><html lang="en"><body></body></html>').document;
});
afterAll(() => {
  delete globals.document;
});

function render(report: Report): HTMLElement {
  const container = (globals.document as Document).createElement('main');
  renderReport(container, report, {
    t,
    indicatorText: () => undefined,
    languageName,
    canLocate: () => true,
    onLocate: () => undefined,
  });
  return container;
}

function draftReport(text: string): Report {
  return checkDocument(extractFromText(text), {
    input: { kind: 'draft', title: text.split('\n')[0] ?? '' },
  });
}

/** The summary's value for a term, as the panel shows it. */
function summaryValue(container: HTMLElement, term: string): string | undefined {
  const dt = [...container.querySelectorAll('dl.summary dt')].find((d) => d.textContent === term);
  return dt?.nextElementSibling?.textContent ?? undefined;
}

const ENGLISH = [
  'Dear families,',
  '',
  'Translation and interpreters are available free of charge. Call the office at 555-0100.',
  '',
  'PLEASE RETURN THE FORM BY FRIDAY.',
].join('\n');

const ARABIC = [
  'اجتماع أولياء الأمور والمعلمين',
  '',
  'سيعقد اجتماع أولياء الأمور والمعلمين يوم الثلاثاء في الساعة السادسة مساءً في مكتبة المدرسة. نرجو منكم الحضور للتحدث عن تقدم أطفالكم في القراءة والرياضيات. اتصلوا بالمكتب على الرقم 555-0100.',
].join('\n');

describe('the side panel report', () => {
  test('a translation offered without naming a language is "yes", with no dash', () => {
    const report = draftReport(ENGLISH);
    expect(report.translation).toEqual({ offered: true, languages: [] });
    expect(summaryValue(render(report), 'Translation offered')).toBe('yes');
    expect(reportToMarkdown(report, { t, indicatorText: () => undefined, languageName })).toContain(
      '- Translation offered: yes\n',
    );
  });

  test('quotes from the page carry its language and their own direction', () => {
    const report = draftReport(ENGLISH);
    const quotes = [...render(report).querySelectorAll('.passage')];
    expect(quotes.map((q) => q.textContent)).toContain('“PLEASE RETURN THE FORM BY FRIDAY.”');
    for (const quote of quotes) {
      expect(quote.getAttribute('lang')).toBe('en');
      expect(quote.getAttribute('dir')).toBe('auto');
    }
  });

  test("an Arabic message's title is marked Arabic, right to left by its script", () => {
    const report = draftReport(ARABIC);
    expect(report.languages.primary).toBe('ar');
    const title = render(report).querySelector('.page-title');
    expect(title?.textContent).toBe('اجتماع أولياء الأمور والمعلمين');
    expect(title?.getAttribute('lang')).toBe('ar');
    expect(title?.getAttribute('dir')).toBe('auto');
  });

  test.each([
    [
      'English and Spanish',
      'es',
      'Estimadas familias: si necesitan un intérprete, llamen a la oficina al 555-0100. Por favor devuelvan el formulario firmado antes del viernes para que su hijo pueda ir a la excursión con su clase.',
    ],
    [
      'English and Arabic',
      'ar',
      'أولياء الأمور الأعزاء، إذا كنتم بحاجة إلى مترجم فاتصلوا بالمكتب على الرقم 555-0100. نرجو إعادة الاستمارة موقعة قبل يوم الجمعة حتى يتمكن طفلكم من الذهاب في الرحلة مع صفه.',
    ],
  ])('in a message in %s each quote carries its own block\u2019s language', (_, second, text) => {
    const english =
      'Dear families, if you need an interpreter, please call the office at 555-0100. Please return the signed form by Friday so that your child can go on the field trip with the class.';
    const report = draftReport(`${english}\n\n${text}`);
    expect(report.languages.bilingual).toBe(true);
    const container = render(report);
    const refOf = new Map(
      [...report.tags, ...report.findings].map((f) => [`“${f.quote}”`, f.position?.ref]),
    );
    const quotes = [...container.querySelectorAll('.passage')];
    const languagesQuoted = new Set<string | null>();
    for (const quote of quotes) {
      const ref = refOf.get(quote.textContent ?? '');
      // Block 0 is the English paragraph, block 1 the other language's.
      const expected = ref === 1 ? second : 'en';
      expect(quote.getAttribute('lang'), quote.textContent ?? '').toBe(expected);
      expect(quote.getAttribute('dir')).toBe('auto');
      languagesQuoted.add(quote.getAttribute('lang'));
    }
    expect([...languagesQuoted].sort()).toEqual(['en', second].sort());
  });

  test('each evidenced indicator says how many passages back it, one passage marked to check', () => {
    const report = draftReport(
      `${ENGLISH}\n\nPlease answer our short survey about the lunch schedule. Share your ideas with the PTA at the next meeting.`,
    );
    const items = [...render(report).querySelectorAll('#evidenced > li')];
    const counts = new Map(
      items.map((li) => [
        li.getAttribute('data-indicator'),
        li.querySelector('p.detail')?.textContent ?? '',
      ]),
    );
    const passages = new Map(report.summary.indicators.map((i) => [i.indicatorId, i.passages]));
    expect([...counts.keys()].sort()).toEqual([...passages.keys()].sort());
    for (const li of items) {
      const id = li.getAttribute('data-indicator') ?? '';
      const count = li.querySelector('p.detail');
      const shown = li.querySelectorAll('.passage').length;
      expect(shown, id).toBe(passages.get(id));
      if (shown === 1) {
        expect(count?.textContent).toBe(
          '1 passage only: read it and check that it fits this indicator.',
        );
        expect(count?.classList.contains('needs-check')).toBe(true);
      } else {
        expect(count?.textContent).toBe(`${shown} passages`);
        expect(count?.classList.contains('needs-check')).toBe(false);
      }
    }
    expect([...passages.values()]).toContain(1);
    expect([...passages.values()].some((n) => n > 1)).toBe(true);
  });

  test('the untitled placeholder is the panel\u2019s own text, not marked as the page\u2019s', () => {
    const report = draftReport(ENGLISH);
    const untitled = render({ ...report, input: { ...report.input, title: '' } }).querySelector(
      '.page-title',
    );
    expect(untitled?.textContent).toBe(t('reportUntitled'));
    expect(untitled?.hasAttribute('lang')).toBe(false);
  });
});
