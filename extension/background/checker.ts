import type { DocumentModel, Report } from '../../shared/checker';
// Straight from their modules, not the checker's index: the index also exports the page
// extraction, which pulls Readability into the panel for nothing.
import { checkDocument } from '../../shared/checker/check-document';
import { extractFromText } from '../../shared/checker/extract/from-text';
import { suggestionsFor } from '../../shared/checker/suggestions';
import type { Settings } from '../common/settings';

/**
 * The one place the extension calls the shared checker, in the service worker, on the model the
 * content agent read from the page: the page only pays for extraction, and the checker's code and
 * data load once.
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
 * profiles) with a tiny check, so the first real check does not pay for it. Called
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
