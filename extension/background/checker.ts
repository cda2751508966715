import {
  CATEGORIES,
  checkDocument,
  type DocumentModel,
  extractFromText,
  type Finding,
  type Report,
  SEVERITIES,
} from '../../shared/checker';
import { suggestionsFor } from '../../shared/checker/suggestions';
import type { Settings } from '../common/settings';

/**
 * The one place the side panel calls the shared checker. The checks run here, in the panel, on
 * the model the content agent read from the page: the page only pays for extraction, and the
 * checker's code and data load once, with the panel.
 */
export function checkModel(
  model: DocumentModel,
  settings: Settings,
  input: { kind: Report['input']['kind']; title: string; url?: string },
): Report {
  return checkDocument(model, {
    languages: settings.languages,
    targetGrade: settings.targetGrade,
    extraGlossary: settings.jargon,
    input: input.url ? input : { kind: input.kind, title: input.title },
    suggest: suggestionsFor,
  });
}

let warm = false;

/**
 * Loads and compiles the checker's rules and data (validation, regular expressions, language
 * profiles) with a tiny check, so the first real check does not pay for it. The panel calls this
 * while the page is being read in the page's own process.
 */
export function warmUp(): void {
  if (warm) return;
  warm = true;
  checkDocument(extractFromText('Welcome back, families. Interpreters are available.'), {
    languages: ['en', 'es'],
  });
}

export function checkDraft(text: string, settings: Settings): Report {
  const model = extractFromText(text);
  return checkModel(model, settings, { kind: 'draft', title: model.title });
}

/** The report with more findings (the full accessibility check's), counts and total kept in step. */
export function addFindings(report: Report, extra: readonly Finding[]): Report {
  const findings = [...report.findings, ...extra];
  const counts = Object.fromEntries(
    CATEGORIES.map((c) => [c, Object.fromEntries(SEVERITIES.map((s) => [s, 0]))]),
  ) as Report['summary']['counts'];
  for (const finding of [...report.tags, ...findings]) {
    const row = counts[finding.category];
    if (row) row[finding.severity] = (row[finding.severity] ?? 0) + 1;
  }
  return {
    ...report,
    findings,
    summary: { ...report.summary, counts, total: report.tags.length + findings.length },
  };
}
