import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentModel } from '../../../../shared/checker/document-model';
import { extractFromText } from '../../../../shared/checker/index';
import { evalDir, repoRoot } from '../../../support/paths';

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return name.endsWith('.txt') ? [path] : [];
  });
}

/**
 * Every rule fixture and evaluation text as a model: real wording in English, Spanish and other
 * languages, for tests that compare a fast path with the plain computation.
 */
export function corpusModels(): DocumentModel[] {
  return [...textFiles(join(repoRoot, 'test/fixtures/rules')), ...textFiles(evalDir)].map((file) =>
    extractFromText(readFileSync(file, 'utf8')),
  );
}
