import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../support/paths';

/**
 * Rule fixtures: test/fixtures/rules/<rule-id>.txt. Passages are separated by lines of `---`.
 * `[[...]]` marks a passage the rule must hit; a hit outside every mark fails, so a fixture tests
 * precision as well as recall. Directives, each on a line of its own at the top of a passage:
 *   `@lang es`        the passage's primary language (default `en`);
 *   `@unplaced N`     N hits that point at no text are expected (document-level findings);
 *   `@options {...}`  CheckOptions to merge (e.g. an extraGlossary).
 * Lines starting with `#` before the first passage are comments.
 */
export const fixturesDir = join(repoRoot, 'test/fixtures/rules');

export interface Mark {
  text: string;
}

export interface Passage {
  file: string;
  ruleId: string;
  index: number;
  /** Line in the fixture file where the passage starts, for failure messages. */
  line: number;
  text: string;
  marks: Mark[];
  language: string;
  unplaced: number;
  options: Record<string, unknown>;
}

const MARK = /\[\[([\s\S]*?)\]\]/g;

export function parseFixture(file: string, source: string): Passage[] {
  const ruleId = file.replace(/\.txt$/, '');
  const passages: Passage[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let current: string[] = [];
  let startLine = 1;
  let seenPassage = false;
  const flush = () => {
    const body = current.join('\n');
    current = [];
    if (!body.trim()) return;
    let language = 'en';
    let unplaced = 0;
    let options: Record<string, unknown> = {};
    const textLines: string[] = [];
    for (const line of body.split('\n')) {
      const directive = /^@(lang|unplaced|options)\s+(.*)$/.exec(line);
      if (!directive) {
        textLines.push(line);
        continue;
      }
      const [, name, value = ''] = directive;
      if (name === 'lang') language = value.trim();
      else if (name === 'unplaced') unplaced = Number(value);
      else options = JSON.parse(value) as Record<string, unknown>;
    }
    const marked = textLines.join('\n').trim();
    const marks = [...marked.matchAll(MARK)].map((m) => ({ text: m[1] ?? '' }));
    passages.push({
      file,
      ruleId,
      index: passages.length,
      line: startLine,
      text: marked.replace(MARK, '$1'),
      marks,
      language,
      unplaced,
      options,
    });
  };
  lines.forEach((line, i) => {
    if (!seenPassage && line.startsWith('#')) return;
    if (line.trim() === '---') {
      seenPassage = true;
      flush();
      startLine = i + 2;
      return;
    }
    if (!seenPassage && current.length === 0) startLine = i + 1;
    seenPassage = true;
    current.push(line);
  });
  flush();
  return passages;
}

export function loadFixtures(): Passage[] {
  return readdirSync(fixturesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => parseFixture(f, readFileSync(join(fixturesDir, f), 'utf8')));
}
