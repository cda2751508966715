import type { Finding, Report } from '../../shared/checker';
import { CATEGORIES, SEVERITIES } from '../../shared/checker/finding';
import { primaryOutsideList } from '../../shared/checker/report/language-outside-list';
import type { Translate } from './export-markdown';
import { outsideListNote } from './outside-list-note';
import { passageCountText } from './passage-count';
import { readingScoreRow } from './reading-scores';
import { evidencedIndicators, findingGroups, missingIndicators } from './report-groups';
import { translationOfferedText } from './translation-offered';

/**
 * Renders a report into the side panel. Page text is untrusted: it only ever goes in through
 * textContent, never as HTML.
 */
export interface ReportViewContext {
  t: Translate;
  indicatorText: (indicatorId: string, frameworkId: string) => string | undefined;
  languageName: (code: string) => string;
  /** Whether a finding's passage can be shown in the page. */
  canLocate: (finding: Finding) => boolean;
  /** Called when the user picks a passage. */
  onLocate: (finding: Finding) => void;
  /** Opens the options page, where a language outside the list can be added. */
  openOptions?: () => void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
}

/**
 * Marks text taken from the checked page (a quote, its title) with its language, so screen readers
 * pronounce it as such (WCAG 3.1.2), and lets its own script set its direction (Arabic runs right
 * to left inside the left-to-right panel). A quote takes its block's language (in a bilingual
 * message the Spanish paragraph's quotes are Spanish); text from no block, or from a block of no
 * other language, takes the primary language.
 */
function markPageText<T extends HTMLElement>(node: T, report: Report, ref?: number): T {
  const language =
    (ref === undefined
      ? undefined
      : report.languages.otherBlocks?.find((b) => b.ref === ref)?.language) ??
    report.languages.primary;
  if (language) node.setAttribute('lang', language);
  node.setAttribute('dir', 'auto');
  return node;
}

function passage(finding: Finding, report: Report, ctx: ReportViewContext): HTMLElement {
  const text = `“${finding.quote}”`;
  const ref = finding.position?.ref;
  if (!ctx.canLocate(finding)) {
    return markPageText(el('p', { className: 'detail', text }), report, ref);
  }
  const button = markPageText(el('button', { className: 'passage', text }), report, ref);
  button.type = 'button';
  button.title = ctx.t('reportShowInPage');
  button.addEventListener('click', () => ctx.onLocate(finding));
  return button;
}

function summarySection(report: Report, ctx: ReportViewContext): HTMLElement {
  const { t } = ctx;
  const dl = el('dl', { className: 'summary' });
  const row = (term: string, value: string) =>
    dl.append(el('dt', { text: term }), el('dd', { text: value }));
  const languages = report.languages.detected
    .map((l) => `${ctx.languageName(l.language)} ${Math.round(l.share * 100)}%`)
    .join(', ');
  row(
    t('reportLanguages'),
    `${languages || t('reportLanguageUnknown')}${report.languages.bilingual ? ` · ${t('reportBilingual')}` : ''}`,
  );
  const outside = primaryOutsideList(report);
  if (outside) {
    row(t('reportOutsideListTerm'), outsideListNote(outside, report, ctx));
    const { openOptions } = ctx;
    if (openOptions) {
      const button = el('button', { className: 'link', text: t('reportOpenOptions') });
      button.type = 'button';
      button.id = 'outside-list-options';
      button.addEventListener('click', () => openOptions());
      dl.lastElementChild?.append(' ', button);
    }
  }
  const rl = report.readingLevel;
  row(
    t('reportReadingGrade'),
    rl.grade === null
      ? (rl.reason ?? t('reportNoGrade'))
      : t(rl.meetsTarget ? 'reportGradeMeets' : 'reportGradeAbove', [
          rl.grade.toFixed(1),
          String(rl.targetGrade),
        ]),
  );
  for (const score of rl.scores) {
    const { label, value } = readingScoreRow(score, t);
    row(label, value);
  }
  row(t('reportTranslation'), translationOfferedText(report, t, ctx.languageName));

  const table = el('table', { className: 'counts' });
  table.append(el('caption', { className: 'visually-hidden', text: t('reportCountsCaption') }));
  const head = el('tr', {}, el('td'));
  for (const severity of SEVERITIES) {
    const th = el('th', { text: t(`severity_${severity}`) });
    th.scope = 'col';
    head.append(th);
  }
  table.append(el('thead', {}, head));
  const body = el('tbody');
  for (const category of CATEGORIES) {
    const counts = report.summary.counts[category];
    const total = SEVERITIES.reduce((n, s) => n + (counts?.[s] ?? 0), 0);
    if (total === 0) continue;
    const th = el('th', { text: t(`category_${category.replace('-', '_')}`) });
    th.scope = 'row';
    const tr = el('tr', {}, th);
    for (const severity of SEVERITIES)
      tr.append(el('td', { text: String(counts?.[severity] ?? 0) }));
    body.append(tr);
  }
  table.append(body);

  const section = el('section', {}, el('h2', { text: t('reportSummary') }), dl);
  if (body.children.length > 0) section.append(table);
  for (const note of report.input.notes ?? [])
    section.append(el('p', { className: 'detail', text: note }));
  return section;
}

function indicatorItem(indicatorId: string, text: string | undefined): HTMLLIElement {
  const li = el(
    'li',
    {},
    el(
      'div',
      { className: 'item-head' },
      el('strong', { text: indicatorId }),
      el('span', { text: text ?? '' }),
    ),
  );
  li.dataset.indicator = indicatorId;
  return li;
}

function indicatorsSection(report: Report, ctx: ReportViewContext): HTMLElement {
  const { t } = ctx;
  const section = el('section', {}, el('h2', { text: t('reportIndicators') }));
  section.id = 'indicators';
  section.append(el('h3', { text: t('reportEvidenced') }));
  const evidenced = evidencedIndicators(report);
  const list = el('ul', { className: 'items' });
  list.id = 'evidenced';
  const notRead = report.summary.standard2.notRead;
  if (notRead) {
    const note = el('p', { className: 'detail needs-check', text: notRead.reason });
    note.id = 'not-read';
    section.append(note);
  }
  if (evidenced.length === 0)
    section.append(el('p', { className: 'muted', text: t('reportNoneEvidenced') }));
  for (const entry of evidenced) {
    const li = indicatorItem(
      entry.indicatorId,
      ctx.indicatorText(entry.indicatorId, entry.frameworkId),
    );
    const count = passageCountText(entry.tags.length, t);
    li.append(
      el('p', { className: count.needsCheck ? 'detail needs-check' : 'detail', text: count.text }),
    );
    for (const tag of entry.tags) li.append(passage(tag, report, ctx));
    list.append(li);
  }
  section.append(list);

  const missing = missingIndicators(report);
  if (missing.length > 0) {
    section.append(el('h3', { text: t('reportMissing') }));
    const missingList = el('ul', { className: 'items' });
    missingList.id = 'missing';
    for (const entry of missing) {
      const li = indicatorItem(
        entry.indicatorId,
        entry.indicatorText ?? ctx.indicatorText(entry.indicatorId, 'pta-2022'),
      );
      if (entry.suggestion) {
        li.append(
          el('p', { className: 'message', text: `${t('reportSuggestion')}: ${entry.suggestion}` }),
        );
      }
      if (entry.source) li.append(el('p', { className: 'detail', text: entry.source }));
      missingList.append(li);
    }
    section.append(missingList);
  }
  return section;
}

function findingsSection(report: Report, ctx: ReportViewContext): HTMLElement {
  const { t } = ctx;
  const section = el('section', {}, el('h2', { text: t('reportFindings') }));
  section.id = 'findings';
  const groups = findingGroups(report.findings);
  if (groups.length === 0)
    section.append(el('p', { className: 'muted', text: t('reportNoFindings') }));
  for (const group of groups) {
    const heading = el('h3', {
      text: `${t(`category_${group.category.replace('-', '_')}`)} (${group.findings.length})`,
    });
    const list = el('ul', { className: 'items' });
    list.dataset.category = group.category;
    for (const finding of group.findings) {
      const li = el(
        'li',
        {},
        el(
          'div',
          { className: 'item-head' },
          el('span', {
            className: `badge ${finding.severity}`,
            text: t(`severity_${finding.severity}`),
          }),
          el('span', { className: 'message', text: finding.message }),
        ),
      );
      li.dataset.rule = finding.ruleId;
      if (finding.quote) li.append(passage(finding, report, ctx));
      const detail = [finding.wcag ? `WCAG ${finding.wcag}` : '', finding.source]
        .filter(Boolean)
        .join(' · ');
      li.append(el('p', { className: 'detail', text: detail }));
      if (finding.note) li.append(el('p', { className: 'detail', text: finding.note }));
      list.append(li);
    }
    section.append(heading, list);
  }
  return section;
}

export function renderReport(container: HTMLElement, report: Report, ctx: ReportViewContext): void {
  const { t } = ctx;
  const header = el(
    'section',
    {},
    report.input.title
      ? markPageText(el('p', { className: 'page-title', text: report.input.title }), report)
      : el('p', { className: 'page-title', text: t('reportUntitled') }),
  );
  if (report.input.url)
    header.append(el('p', { className: 'page-url muted', text: report.input.url }));
  header.append(
    el('p', {
      className: 'detail',
      text: t(`reportInput_${report.input.kind}`),
    }),
  );
  const exports = el('div', { className: 'exports' });
  const copyMarkdown = el('button', { text: t('reportCopyMarkdown') });
  copyMarkdown.id = 'copy-markdown';
  const copyTsv = el('button', { text: t('reportCopyTsv') });
  copyTsv.id = 'copy-tsv';
  copyTsv.title = t('reportCopyTsvHelp');
  exports.append(copyMarkdown, copyTsv);
  container.replaceChildren(
    header,
    summarySection(report, ctx),
    indicatorsSection(report, ctx),
    findingsSection(report, ctx),
    exports,
  );
  container.hidden = false;
}
