import { checkDocument } from '../check-document';
import { compileAhead } from '../checks/text/compile';
import { preparePatterns } from '../checks/text/match-patterns';
import type { CheckOptions } from '../checks/types';
import { extractFromText } from '../extract/from-text';
import { builtInRules } from './load-rules';

/**
 * A short message in two languages with an offer of interpreters: checking it builds everything a
 * check builds once per session (rules, survey wording, language names, glossary and idiom lookups).
 */
const SAMPLE = [
  'Welcome back, families! Interpreters are available at every conference.',
  'Bienvenidas, familias. Habrá intérpretes en todas las conferencias.',
].join('\n\n');

/**
 * The checker made ready in steps, for a caller with idle time (the extension, while the user looks
 * at the popup or while the page is being read): rules validated, each rule's patterns analysed
 * (English first, then the district's other languages), a sample checked, then every pattern's
 * regex compiled. Returns a function that works for about `budgetMs` and says whether all is done;
 * each step is short (tens of milliseconds at most), so a check asked for meanwhile waits little,
 * and a check that comes first simply builds what it needs itself.
 */
export function checkerWarmUp(options: Partial<CheckOptions> = {}): (budgetMs: number) => boolean {
  const languages = [...new Set(['en', 'es', ...(options.languages ?? [])])];
  const steps: (() => void)[] = [
    () => builtInRules(),
    ...languages.map((language) => () => {
      for (const { rule } of builtInRules()) preparePatterns(rule, language);
    }),
    () => checkDocument(extractFromText(SAMPLE), options),
  ];
  let next = 0;
  return (budgetMs) => {
    const deadline = performance.now() + budgetMs;
    while (next < steps.length) {
      (steps[next++] as () => void)();
      if (performance.now() >= deadline) return false;
    }
    return compileAhead(deadline - performance.now());
  };
}
