import { stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export const CHECKED_EXTENSIONS = ['.html', '.htm', '.txt'];

export interface FileProblem {
  file: string;
  message: string;
}

/**
 * Turns the command line's files, folders and globs into the files to check, in the order given.
 * A folder means every .html, .htm and .txt file under it. Anything that matches nothing, does
 * not exist or is another kind of file becomes a problem naming it; the rest are still checked.
 */
export async function expandInputs(
  inputs: readonly string[],
  cwd: string,
): Promise<{ files: string[]; problems: FileProblem[] }> {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  const wanted = `**/*.{${CHECKED_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;

  for (const input of inputs) {
    let info: Awaited<ReturnType<typeof stat>> | undefined;
    let statError: unknown;
    try {
      info = await stat(resolve(cwd, input));
    } catch (error) {
      statError = error;
    }
    // A file or folder that exists under the name as typed is that one, even when its name looks
    // like a glob: "notes [draft].txt" as a glob would match "notes d.txt" instead, and "week [1]"
    // would match nothing.
    if (!info && isDynamicPattern(input)) {
      const matches = (
        await glob(input, { cwd, onlyFiles: true, expandDirectories: false })
      ).sort();
      const checked = matches.filter((m) => CHECKED_EXTENSIONS.includes(extname(m).toLowerCase()));
      if (checked.length === 0) {
        problems.push({
          file: input,
          message:
            matches.length === 0
              ? 'no files match this pattern'
              : `no .html, .htm or .txt files match this pattern (${matches.length} other file${matches.length === 1 ? '' : 's'})`,
        });
      }
      for (const m of checked) add(m);
      continue;
    }
    if (!info) {
      problems.push({ file: input, message: describeFsError(statError) });
      continue;
    }
    if (info.isDirectory()) {
      const found = (
        await glob(wanted, { cwd: resolve(cwd, input), onlyFiles: true, caseSensitiveMatch: false })
      ).sort();
      if (found.length === 0)
        problems.push({ file: input, message: 'the folder has no .html, .htm or .txt files' });
      // Named under the folder as given: `fsp check /tmp/news` reports /tmp/news/a.html.
      for (const f of found) add(join(input, f));
      continue;
    }
    if (!CHECKED_EXTENSIONS.includes(extname(input).toLowerCase())) {
      problems.push({
        file: input,
        message: `only .html, .htm and .txt files can be checked, not ${extname(input) || 'files without an extension'}`,
      });
      continue;
    }
    add(input);
  }
  return { files, problems };
}

export function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: the file cannot be read';
    case 'EISDIR':
      return 'this is a folder, not a file';
    case 'EMFILE':
      return 'too many files are open; try fewer at a time';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
