import { styleText } from 'node:util';
import type { Category, DocumentModel, Finding, Report, Severity } from '../checker/node';
import { groupEvidence, languageName, languageOutsideListNote, needsCheck } from '../checker/node';

type Style = Parameters<typeof styleText>[0];

export type Painter = (style: Style, text: string) => string;

/** Colours only for a terminal that has not asked for none (https://no-color.org). */
export function painter(color: boolean): Painter {
  return color ? (style, text) => styleText(style, text) : (_style, text) => text;
}

const SEVERITY_STYLE: Record<Severity, Style> = {
  serious: ['red', 'bold'],
  moderate: 'yellow',
  minor: 'cyan',
  info: 'gray',
};

const CATEGORY_TITLE: Record<Exclude<Category, 'indicator'>, string> = {
  translation: 'Translation readiness',
  'plain-language': 'Plain language',
  accessibility: 'Accessibility',
  forms: 'Forms',
};

const MAX_QUOTE = 90;
const MAX_TAG_QUOTES = 2;

/** A report as a communicator reads it in a terminal: the verdicts first, then what to fix. */
export function formatReport(
  report: Report,
  model: DocumentModel | undefined,
  paint: Painter,
): string {
  const lines: string[] = [];
  const title = report.input.title ? ` — ${report.input.title}` : '';
  lines.push(paint('bold', `${report.input.file ?? report.input.url ?? 'Message'}${title}`));
  for (const note of report.input.notes ?? []) lines.push(`  ${paint('yellow', `Note: ${note}`)}`);

  const { languages, readingLevel, translation, summary } = report;
  const detected = languages.detected
    .map((d) => `${d.language} ${Math.round(d.share * 100)}%`)
    .join(', ');
  lines.push(
    `  Language: ${languages.primary ? `${languageName(languages.primary)} (${languages.primary})` : 'not detected'}${languages.bilingual ? ', bilingual' : ''}${detected ? paint('gray', `  [${detected}]`) : ''}`,
  );
  const outsideList = languageOutsideListNote(
    report,
    'Add it with --languages if families read it.',
  );
  if (outsideList) lines.push(`  ${paint('yellow', outsideList)}`);
  lines.push(`  Reading level: ${formatReadingLevel(readingLevel, paint)}`);
  for (const hard of readingLevel.hardestSentences) {
    lines.push(
      `    ${paint('gray', `${readingLevel.language === 'es' ? 'Fernández-Huerta band, grade' : 'grade'} ${hard.grade}:`)} ${quote(hard.text)}${where(model, hard.position?.ref)}`,
    );
  }
  lines.push(
    `  Translation: ${translation.offered ? paint('green', 'offered') : paint('yellow', 'not offered')}${translation.languages.length > 0 ? ` (${translation.languages.join(', ')})` : ''}`,
  );
  const { evidenced, missing } = summary.standard2;
  lines.push(
    `  Standard 2 (Communicate Effectively): ${evidenced.length}/9 indicators evidenced${evidenced.length ? ` — ${evidenced.join(', ')}` : ''}`,
  );
  if (summary.standard2.notRead)
    lines.push(`    ${paint('yellow', summary.standard2.notRead.reason)}`);

  if (report.tags.length > 0) {
    // One line per passage: a sentence two rules tag is listed once, as in the side panel.
    const groups = groupEvidence(report.tags);
    const passages = groups.reduce((n, group) => n + group.tags.length, 0);
    lines.push(
      '',
      paint(
        'bold',
        `  Indicator tags: ${countOf(groups.length, 'indicator')}, ${countOf(passages, 'passage')}`,
      ),
    );
    for (const { indicatorId: id, tags } of groups) {
      const more =
        tags.length > MAX_TAG_QUOTES
          ? paint('gray', ` (+${tags.length - MAX_TAG_QUOTES} more)`)
          : '';
      const count = needsCheck(tags.length)
        ? paint('yellow', `1 passage only: read it and check that it fits ${id}`)
        : paint('gray', countOf(tags.length, 'passage'));
      lines.push(`    ${paint('green', id)} ${count}${more}`);
      for (const tag of tags.slice(0, MAX_TAG_QUOTES)) {
        lines.push(
          `      ${quote(tag.quote)}${where(model, tag.position?.ref)} ${paint('gray', tag.ruleId)}`,
        );
      }
    }
  }

  const counts = (['serious', 'moderate', 'minor'] as const)
    .map((s) => ({ s, n: report.findings.filter((f) => f.severity === s).length }))
    .filter(({ n }) => n > 0)
    .map(({ s, n }) => paint(SEVERITY_STYLE[s], `${n} ${s}`));
  lines.push(
    '',
    paint('bold', `  Findings (${report.findings.length})`) +
      (counts.length ? `: ${counts.join(', ')}` : ''),
  );
  for (const category of Object.keys(CATEGORY_TITLE) as (keyof typeof CATEGORY_TITLE)[]) {
    const inCategory = report.findings.filter((f) => f.category === category);
    if (inCategory.length === 0) continue;
    lines.push(`    ${paint('underline', CATEGORY_TITLE[category])}`);
    for (const finding of inCategory) lines.push(...formatFinding(finding, model, paint));
  }

  if (report.suggestions.length > 0 || missing.length > 0) {
    lines.push('', paint('bold', '  Standard 2 indicators not evidenced'));
    for (const id of missing) {
      const suggestion = report.suggestions.find((s) => s.indicatorId === id);
      lines.push(
        `    ${paint('yellow', id.padEnd(6))} ${suggestion ? suggestion.suggestion : ''}`.trimEnd(),
      );
    }
  }
  return lines.join('\n');
}

function formatReadingLevel(level: Report['readingLevel'], paint: Painter): string {
  const counts = `${countOf(level.words, 'word')}, ${countOf(level.sentences, 'sentence')}, ${countOf(level.averageSentenceLength, 'word')} a sentence`;
  if (level.grade !== null) {
    const verdict = level.meetsTarget
      ? paint('green', `meets target ${level.targetGrade}`)
      : paint('yellow', `above target ${level.targetGrade}`);
    return `grade ${paint('bold', String(level.grade))} (${verdict}) — ${counts}`;
  }
  const score = level.scores.find((s) => s.name === 'fernandez-huerta');
  if (score) {
    const verdict =
      level.meetsTarget === null
        ? ''
        : level.meetsTarget
          ? paint('green', ', meets target')
          : paint('yellow', ', harder than target');
    return `Fernández-Huerta ${paint('bold', String(score.value))}/100${verdict} — ${counts}`;
  }
  return `${paint('gray', level.reason ?? 'no grade')}${level.words ? ` — ${counts}` : ''}`;
}

/** "1 word", "2,200 words": numbers as the notes write them ("201,002 words"). */
function countOf(n: number, singular: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : `${singular}s`}`;
}

function formatFinding(
  finding: Finding,
  model: DocumentModel | undefined,
  paint: Painter,
): string[] {
  const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(8));
  const wcag = finding.wcag ? paint('gray', ` (WCAG ${finding.wcag})`) : '';
  const indent = '               ';
  const at = where(model, finding.position?.ref).trim();
  const detail = finding.quote ? `${quote(finding.quote)}${at ? ` ${at}` : ''}` : at;
  return [
    `      ${severity} ${finding.message}${wcag}`,
    ...(detail ? [`${indent}${detail}`] : []),
    `${indent}${paint('gray', finding.ruleId)}`,
  ];
}

/** A quote on one line, shortened at the last word edge before MAX_QUOTE (mid-word only when there is none). */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  if (flat.length <= MAX_QUOTE) return `"${flat}"`;
  const head = flat.slice(0, MAX_QUOTE - 1);
  const edge = head.lastIndexOf(' ');
  const cut = edge >= MAX_QUOTE / 2 ? head.slice(0, edge) : head;
  return `"${cut.replace(/[\s,;:…]+$/u, '')}…"`;
}

/** Where a passage is: the line for plain text, or what kind of element for HTML. */
function where(model: DocumentModel | undefined, ref: number | undefined): string {
  if (!model || ref === undefined) return '';
  const block = model.blocks.find((b) => b.ref === ref);
  if (block?.line) return ` (line ${block.line})`;
  if (block) return block.kind === 'paragraph' ? '' : ` (${block.kind.replace('-', ' ')})`;
  if (model.links.some((l) => l.ref === ref)) return ' (link)';
  const image = model.images.find((i) => i.ref === ref);
  if (image) return ` (image ${image.src.split('/').pop() ?? ''})`;
  if (model.controls.some((c) => c.ref === ref)) return ' (form field)';
  if (model.tables.some((t) => t.ref === ref)) return ' (table)';
  return '';
}
