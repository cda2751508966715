import type { CheckOptions } from '../checks/types';
import type { DocumentModel, TextBlock } from '../document-model';
import type { Finding } from '../finding';
import { analyseDocument, normalizeCheckOptions } from './analysis';
import { checkRegistry, loadRules } from './load-rules';
import { runRules } from './run-rules';

/**
 * Runs one rule (raw rule data, validated the way built-in rules are) against a document model or
 * a list of block texts, and returns its findings. For rule tests: a check that throws fails the
 * test. Each block text becomes one paragraph of main content.
 */
export function runRule(
  rule: unknown,
  input: DocumentModel | readonly string[],
  options: Partial<CheckOptions> = {},
): Finding[] {
  const [loaded] = loadRules([{ name: 'test', rules: [rule] }], checkRegistry());
  const model = isModel(input) ? input : modelFromBlocks(input);
  const analysis = analyseDocument(model, normalizeCheckOptions(options));
  return runRules(analysis, loaded ? [loaded] : [], { strict: true }).findings;
}

/** A plain-text model whose blocks are exactly the given texts (refs 0, 1, 2...). */
export function modelFromBlocks(texts: readonly string[]): DocumentModel {
  const blocks: TextBlock[] = texts.map((text, ref) => ({
    ref,
    kind: 'paragraph',
    text,
    inMainContent: true,
  }));
  return {
    title: texts[0] ?? '',
    mainContent: 'plain-text',
    blocks,
    links: [],
    images: [],
    controls: [],
    tables: [],
    langAttributes: [],
    isForm: false,
  };
}

function isModel(input: DocumentModel | readonly string[]): input is DocumentModel {
  return !Array.isArray(input);
}
