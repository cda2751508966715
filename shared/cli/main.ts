import { parseArgs } from 'node:util';
import type { CheckOptions } from '../checker/checks/types';
import {
  DEFAULT_LANGUAGES,
  DEFAULT_TARGET_GRADE,
  type FileReport,
  normalizeCheckOptions,
} from '../checker/node';
import { checkFiles } from './check-file';
import { expandInputs } from './files';
import { formatReport, painter } from './format';
import { start } from './start';

export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Fixed clock for tests. */
  now?: Date;
}

export const HELP = `Usage: fsp <command> [options]

Commands:
  check <files, folders or globs...>  Check school newsletters, notices and forms (.html, .htm, .txt)
  start                               Check the bundled example newsletter and show where the
                                      built extension and Sheets add-on are

Options for check:
  --json                 Print an array of JSON reports (one per file, each with its "file" path first)
  --languages en,es,vi   The district's languages (ISO 639-1), for language detection
                         (default: ${DEFAULT_LANGUAGES.join(',')})
  --grade 8              Target reading grade (default: ${DEFAULT_TARGET_GRADE})
  --no-color             Plain text even in a terminal (NO_COLOR=1 does the same)
  -h, --help             Show this help

Examples:
  npx fsp check newsletters/*.html
  npx fsp check "archive/**/*.txt" --languages en,es --grade 6
  npx fsp check notice.html --json > report.json

Exit status: 0 when every file was checked, 1 when any file could not be read or checked,
2 for a mistake on the command line.
`;

/** Runs the CLI and returns its exit status; never calls process.exit, so tests can drive it. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr.write(`fsp: ${describeArgumentError(error)}\nRun "fsp --help" for usage.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') {
    io.stdout.write(HELP);
    return 0;
  }
  const color =
    !values['no-color'] && !!io.stdout.isTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '');
  if (command === 'start') return start(io, painter(color));
  if (command !== 'check') {
    io.stderr.write(
      command
        ? `fsp: unknown command "${command}". Use "check" or "start"; run "fsp --help" for usage.\n`
        : HELP,
    );
    return 2;
  }

  let check: CheckOptions;
  try {
    check = checkOptions(values);
  } catch (error) {
    io.stderr.write(`fsp: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (rest.length === 0) {
    io.stderr.write(
      'fsp check: give at least one file, folder or glob, e.g. "fsp check newsletter.html".\n',
    );
    return 2;
  }

  const { files, problems } = await expandInputs(rest, io.cwd);
  let failures = problems.length;
  let checked = 0;
  // Reports are written as each batch is checked, so a folder of thousands of files is never held
  // in memory at once; the JSON array is opened with the first report and closed at the end.
  let jsonReportsWritten = 0;
  const errorPaint = painter(!!io.stderr.isTTY && color);
  for (const problem of problems)
    io.stderr.write(`${errorPaint('red', 'error')} ${problem.file}: ${problem.message}\n`);

  const paint = painter(color);
  const fileOptions = { cwd: io.cwd, check, ...(io.now ? { now: io.now } : {}) };
  await checkFiles(files, fileOptions, (result) => {
    if (!result.ok) {
      failures++;
      io.stderr.write(`${errorPaint('red', 'error')} ${result.file}: ${result.message}\n`);
      return;
    }
    checked++;
    if (values.json) {
      const fileReport: FileReport = { file: result.file, ...result.report };
      const indented = JSON.stringify(fileReport, null, 2).replace(/^/gm, '  ');
      io.stdout.write(`${jsonReportsWritten++ === 0 ? '[\n' : ',\n'}${indented}`);
    } else io.stdout.write(`${formatReport(result.report, result.model, paint)}\n\n`);
  });
  if (values.json) io.stdout.write(jsonReportsWritten === 0 ? '[]\n' : '\n]\n');
  else if (checked + failures > 1) {
    const problemsText =
      failures > 0 ? `; ${failures} could not be checked (see the errors above)` : '';
    io.stdout.write(
      paint('gray', `Checked ${checked} file${checked === 1 ? '' : 's'}${problemsText}.\n`),
    );
  }
  return failures > 0 ? 1 : 0;
}

const OPTIONS = ['--json', '--languages', '--grade', '--no-color', '--help'];

/** node's parseArgs messages, in the CLI's own words ("unknown option", "needs a value"). */
function describeArgumentError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const option = /'(--?[^' <]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    return `unknown option "${option}". The options are ${OPTIONS.join(', ')}.`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option && /does not take/.test(message)) {
    return `the option "${option}" takes no value.`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return `the option "${option}" needs a value, e.g. ${option === '--grade' ? '--grade 8' : '--languages en,es'}.`;
  }
  return message;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      languages: { type: 'string' },
      grade: { type: 'string' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function checkOptions(values: { languages?: string; grade?: string }): CheckOptions {
  const options: Partial<CheckOptions> = {};
  if (values.languages !== undefined) {
    options.languages = namingOption('--languages', () =>
      normalizeCheckOptions({ languages: (values.languages as string).split(',') }),
    ).languages;
  }
  if (values.grade !== undefined) {
    const grade = Number(values.grade);
    if (values.grade.trim() === '' || !Number.isFinite(grade)) {
      throw new Error(`--grade must be a number such as 8, got "${values.grade}".`);
    }
    options.targetGrade = namingOption('--grade', () =>
      normalizeCheckOptions({ targetGrade: grade }),
    ).targetGrade;
  }
  return normalizeCheckOptions(options);
}

/** Runs a validation of one option's value; its error names the option the user typed. */
function namingOption<T>(option: string, validate: () => T): T {
  try {
    return validate();
  } catch (error) {
    throw new Error(`${option}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
