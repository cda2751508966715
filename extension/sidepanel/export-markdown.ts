import type { Report } from '../../shared/checker';
import { primaryOutsideList } from '../../shared/checker/report/language-outside-list';
import type { UnreadFrame } from '../content/agent-protocol';
import { outsideListNote } from './outside-list-note';
import { passageCountText } from './passage-count';
import { evidencedIndicators, findingGroups, missingIndicators } from './report-groups';
import { translationOfferedText } from './translation-offered';
import { unreadFramesText } from './unread-frames';

/** Looks up a UI string; the side panel passes chrome.i18n, tests pass the messages file. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/** Markdown text that must be read literally: characters Markdown would act on are escaped. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`)
    .replace(/\s+/g, ' ')
    .trim();
}

function quote(text: string): string {
  return `“${escapeMarkdown(text)}”`;
}

export interface MarkdownContext {
  t: Translate;
  /** Indicator id -> its text, for the indicators section. */
  indicatorText: (indicatorId: string, frameworkId: string) => string | undefined;
  languageName: (code: string) => string;
  /** Frames of another site in the page that the check could not read. */
  unreadFrames?: readonly UnreadFrame[];
}

/** The report as Markdown, for minutes, an e-mail to the editor or an issue tracker. */
export function reportToMarkdown(
  report: Report,
  { t, indicatorText, languageName, unreadFrames = [] }: MarkdownContext,
): string {
  const lines: string[] = [];
  lines.push(`# ${t('mdTitle', escapeMarkdown(report.input.title || report.input.url || ''))}`, '');
  if (report.input.url) lines.push(`<${report.input.url}>`, '');
  const unread = unreadFramesText(unreadFrames, t);
  if (unread) lines.push(`> ${escapeMarkdown(unread)}`, '');
  lines.push(
    t('mdCheckedWith', [report.checkedAt, `${report.tool.name} ${report.tool.version}`]),
    '',
  );

  lines.push(`## ${t('reportSummary')}`, '');
  const languages = report.languages.detected
    .map((l) => `${languageName(l.language)} (${Math.round(l.share * 100)}%)`)
    .join(', ');
  lines.push(
    `- ${t('reportLanguages')}: ${languages || t('reportLanguageUnknown')}${report.languages.bilingual ? ` — ${t('reportBilingual')}` : ''}`,
  );
  const outside = primaryOutsideList(report);
  if (outside) {
    lines.push(
      `- ${t('reportOutsideListTerm')}: ${outsideListNote(outside, report, { t, languageName })}`,
    );
  }
  const rl = report.readingLevel;
  lines.push(
    `- ${t('reportReadingGrade')}: ${
      rl.grade === null
        ? (rl.reason ?? t('reportNoGrade'))
        : t(rl.meetsTarget ? 'reportGradeMeets' : 'reportGradeAbove', [
            rl.grade.toFixed(1),
            String(rl.targetGrade),
          ])
    }`,
  );
  lines.push(`- ${t('reportTranslation')}: ${translationOfferedText(report, t, languageName)}`);
  lines.push(`- ${t('reportFindingTotal', String(report.findings.length))}`, '');

  lines.push(`## ${t('reportIndicators')}`, '');
  const evidenced = evidencedIndicators(report);
  lines.push(`### ${t('reportEvidenced')}`, '');
  if (evidenced.length === 0) lines.push(`- ${t('reportNoneEvidenced')}`);
  for (const entry of evidenced) {
    const text = indicatorText(entry.indicatorId, entry.frameworkId);
    const count = passageCountText(entry.tags.length, t);
    lines.push(
      `- **${entry.indicatorId}**${text ? ` ${escapeMarkdown(text)}` : ''} (${escapeMarkdown(count.text)})`,
    );
    for (const tag of entry.tags) lines.push(`  - ${quote(tag.quote)}`);
  }
  lines.push('');
  const notRead = report.summary.standard2.notRead;
  if (notRead) lines.push(`> ${escapeMarkdown(notRead.reason)}`, '');
  const missing = missingIndicators(report);
  if (missing.length > 0) {
    lines.push(`### ${t('reportMissing')}`, '');
    for (const entry of missing) {
      const text = entry.indicatorText ?? indicatorText(entry.indicatorId, 'pta-2022');
      lines.push(`- **${entry.indicatorId}**${text ? ` ${escapeMarkdown(text)}` : ''}`);
      if (entry.suggestion) {
        lines.push(
          `  - ${t('reportSuggestion')}: ${escapeMarkdown(entry.suggestion)}${entry.source ? ` (${escapeMarkdown(entry.source)})` : ''}`,
        );
      }
    }
    lines.push('');
  }

  lines.push(`## ${t('reportFindings')}`, '');
  const groups = findingGroups(report.findings);
  if (groups.length === 0) lines.push(t('reportNoFindings'), '');
  for (const group of groups) {
    lines.push(`### ${t(`category_${group.category.replace('-', '_')}`)}`, '');
    for (const finding of group.findings) {
      const extras = [finding.wcag ? `WCAG ${finding.wcag}` : '', escapeMarkdown(finding.source)]
        .filter(Boolean)
        .join('; ');
      lines.push(
        `- **${t(`severity_${finding.severity}`)}**: ${escapeMarkdown(finding.message)}${finding.quote ? ` ${quote(finding.quote)}` : ''} (${extras})`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
