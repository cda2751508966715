import type { DocumentModel, Report } from '../../shared/checker';
// Straight from their modules, not the checker's index: the index also exports the page
// extraction, which pulls Readability into the panel for nothing.
import { checkDocument } from '../../shared/checker/check-document';
import { checkerWarmUp } from '../../shared/checker/engine/warm-up';
import { extractFromText } from '../../shared/checker/extract/from-text';
import { suggestionsFor } from '../../shared/checker/suggestions';
import type { Settings } from '../common/settings';
import { loadSettings } from '../common/store';

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

let warming: Promise<void> | undefined;

/** Each slice of warm-up work: short, so a check asked for meanwhile waits little. */
const WARM_UP_SLICE_MS = 8;

/**
 * Gets the checker ready in the background: validates the rules, analyses their patterns and
 * compiles their regular expressions (see shared/checker/engine/warm-up.ts), a slice at a time
 * between other events. Started when the popup opens and again, if need be, while the page is
 * being read in its own process; a check that comes first builds what it needs itself.
 */
export function warmUp(): Promise<void> {
  warming ??= loadSettings().then(
    (settings) =>
      new Promise<void>((resolve) => {
        const step = checkerWarmUp({
          languages: settings.languages,
          targetGrade: settings.targetGrade,
          extraGlossary: settings.jargon,
        });
        const slice = () => {
          if (step(WARM_UP_SLICE_MS)) resolve();
          else setTimeout(slice, 0);
        };
        slice();
      }),
  );
  return warming;
}

export function checkDraft(text: string, settings: Settings): Report {
  const model = extractFromText(text);
  return checkModel(model, settings, { kind: 'draft', title: model.title });
}
