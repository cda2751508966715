import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileReportSchema } from '../../../../shared/checker/node';
import { FILES_PER_BATCH } from '../../../../shared/cli/check-file';
import { type CliIo, main } from '../../../../shared/cli/main';
import { repoRoot } from '../../../support/paths';

let dir: string;
/** An ANSI escape sequence: colour in the output. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[`);

const NEWSLETTER = `<!doctype html><html lang="en"><head><title>Oak School News</title></head><body>
<h1>Oak School News</h1>
<p>Dear families, our book fair opens on Monday in the library. Interpreters are available at every family night.</p>
<p>For the schedule, <a href="/schedule">click here</a>.</p>
<img src="flyer.png">
</body></html>`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fsp-cli-'));
  writeFileSync(join(dir, 'news.html'), NEWSLETTER);
  writeFileSync(
    join(dir, 'note.txt'),
    'Dear families,\n\nPicture day is Tuesday. Please send your child in a clean shirt.\n',
  );
  writeFileSync(
    join(dir, 'ansi.txt'),
    Uint8Array.from([...Buffer.from('Caf'), 0xe9, 0x20, 0x93, 0x6f, 0x70, 0x65, 0x6e, 0x94, 0x2e]),
  );
  writeFileSync(
    join(dir, 'bom.txt'),
    Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('Hello families. School starts Monday.')]),
  );
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(
    join(dir, 'picture.html'),
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
  );
  writeFileSync(join(dir, 'notes.md'), '# not checked');
  mkdirSync(join(dir, 'archive'));
  writeFileSync(join(dir, 'archive', 'old.htm'), '<p>Last year the picnic was in June.</p>');
  writeFileSync(join(dir, 'archive', 'skip.pdf'), '%PDF-1.4');
});

async function run(args: string[], options: { tty?: boolean; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t), isTTY: options.tty ?? false },
    stderr: { write: (t: string) => (stderr += t), isTTY: options.tty ?? false },
    env: options.env ?? {},
    cwd: dir,
    now: new Date('2025-03-01T10:00:00Z'),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('fsp check', () => {
  it('prints a readable report', async () => {
    const { code, stdout, stderr } = await run(['check', 'news.html']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('news.html — Oak School News');
    expect(stdout).toMatch(/Language: English \(en\)/);
    expect(stdout).toMatch(/Reading level: grade \d+(\.\d)? \(meets target 8\)/);
    expect(stdout).toContain('Translation: offered');
    expect(stdout).toMatch(/Indicator tags: \d+ indicators?, \d+ passages?[\s\S]*2\.1\.2/);
    expect(stdout).toMatch(
      /Accessibility[\s\S]*serious\s+An image \(flyer\.png\) has no alt text\. Describe [^\n]*\(WCAG 1\.1\.1\)/,
    );
    expect(stdout).toMatch(/"click here" \(link\)/);
    expect(stdout).not.toMatch(ANSI);
  });

  it('says how many passages back each indicator, and asks for a check where there is one', async () => {
    const [report] = JSON.parse((await run(['check', 'news.html', '--json'])).stdout) as {
      summary: { indicators: { indicatorId: string; passages: number }[] };
    }[];
    const { stdout } = await run(['check', 'news.html']);
    const indicators = report?.summary.indicators ?? [];
    expect(indicators.length).toBeGreaterThan(0);
    const passages = indicators.reduce((sum, i) => sum + i.passages, 0);
    expect(stdout).toContain(
      `Indicator tags: ${indicators.length} indicator${indicators.length === 1 ? '' : 's'}, ${passages} passage${passages === 1 ? '' : 's'}`,
    );
    for (const { indicatorId, passages } of indicators) {
      const id = indicatorId.replace(/\./g, '\\.');
      expect(stdout).toMatch(
        new RegExp(
          passages === 1
            ? `^ {4}${id} 1 passage only: read it and check that it fits ${id}`
            : `^ {4}${id} ${passages} passages`,
          'm',
        ),
      );
    }
  });

  it('prints an array of JSON reports, each with its file, valid against the schema', async () => {
    const { code, stdout } = await run(['check', 'news.html', 'note.txt', '--json']);
    expect(code).toBe(0);
    const reports = JSON.parse(stdout) as unknown[];
    expect(reports).toHaveLength(2);
    for (const report of reports) expect(fileReportSchema.safeParse(report).success).toBe(true);
    expect(reports.map((r) => (r as { file: string }).file)).toEqual(['news.html', 'note.txt']);
    expect(reports.map((r) => (r as { input: { file: string; kind: string } }).input)).toEqual([
      expect.objectContaining({ file: 'news.html', kind: 'html' }),
      expect.objectContaining({ file: 'note.txt', kind: 'text' }),
    ]);
    expect((reports[0] as { checkedAt: string }).checkedAt).toBe('2025-03-01T10:00:00.000Z');
  });

  it('colours the output for a terminal, unless NO_COLOR or --no-color', async () => {
    expect((await run(['check', 'news.html'], { tty: true })).stdout).toMatch(ANSI);
    expect(
      (await run(['check', 'news.html'], { tty: true, env: { NO_COLOR: '1' } })).stdout,
    ).not.toMatch(ANSI);
    expect((await run(['check', 'news.html', '--no-color'], { tty: true })).stdout).not.toMatch(
      ANSI,
    );
  });

  it('applies --languages and --grade', async () => {
    const { stdout } = await run([
      'check',
      'note.txt',
      '--json',
      '--languages',
      'en,es,vi',
      '--grade',
      '3',
    ]);
    const [report] = JSON.parse(stdout) as {
      options: { languages: string[]; targetGrade: number };
    }[];
    expect(report?.options).toEqual({
      languages: ['en', 'es', 'vi'],
      targetGrade: 3,
      frameworkId: 'pta-2022',
    });
  });

  it('expands globs and folders to .html, .htm and .txt files', async () => {
    const { code, stdout } = await run(['check', '*.txt', 'archive', '--json']);
    const files = (JSON.parse(stdout) as { input: { file: string } }[]).map((r) => r.input.file);
    expect(files).toEqual([
      'ansi.txt',
      'bom.txt',
      'empty.txt',
      'note.txt',
      join('archive', 'old.htm'),
    ]);
    expect(code).toBe(0);
  });

  it('names the files of a folder under the folder as given, absolute or relative', async () => {
    for (const folder of [join(dir, 'archive'), './archive']) {
      const { stdout } = await run(['check', folder, '--json']);
      const [report] = JSON.parse(stdout) as { file: string; input: { file: string } }[];
      expect(report?.file).toBe(join(folder, 'old.htm'));
      expect(report?.input.file).toBe(join(folder, 'old.htm'));
    }
  });

  it('reads Windows-1252 and UTF-8 with a BOM', async () => {
    const { stdout } = await run(['check', 'ansi.txt', 'bom.txt', '--json']);
    const [ansi, bom] = JSON.parse(stdout) as { input: { title: string; notes?: string[] } }[];
    expect(ansi?.input.title).toBe('Café “open”.');
    expect(ansi?.input.notes).toContain(
      'The file is not valid UTF-8; it was read as Windows-1252.',
    );
    expect(bom?.input.title).toBe('Hello families. School starts Monday.');
  });

  it('reports an empty file with a note', async () => {
    const { code, stdout } = await run(['check', 'empty.txt']);
    expect(code).toBe(0);
    expect(stdout).toContain('Note: The file is empty: there is nothing to check.');
  });

  it('names each file it cannot check, still checks the others, and exits 1', async () => {
    const { code, stdout, stderr } = await run([
      'check',
      'missing.html',
      'picture.html',
      'notes.md',
      'nothing-*.html',
      'news.html',
    ]);
    expect(code).toBe(1);
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      'error missing.html: no such file or folder',
      'error notes.md: only .html, .htm and .txt files can be checked, not .md',
      'error nothing-*.html: no files match this pattern',
      'error picture.html: cannot check this file: it is a PNG image, not text or HTML',
    ]);
    expect(stdout).toContain('news.html — Oak School News');
    expect(stdout).toContain('Checked 1 file; 4 could not be checked (see the errors above).');
  });

  it('checks a folder of more files than one batch in order, each report its own', async () => {
    const archive = join(dir, 'term');
    mkdirSync(archive);
    const count = FILES_PER_BATCH * 2 + 3;
    const names = Array.from({ length: count }, (_, i) => `${String(i).padStart(2, '0')}.txt`);
    names.forEach((name, i) => {
      const text =
        i === FILES_PER_BATCH
          ? Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0, 1, 2, 3])
          : `Week ${i} news.\n\nPlease call the office at 555-01${String(i).padStart(2, '0')} with questions.\n`;
      writeFileSync(join(archive, name), text);
    });
    const { code, stdout, stderr } = await run(['check', 'term', '--json']);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `error term/${names[FILES_PER_BATCH]}: cannot check this file: it is a PDF file, not text or HTML\n`,
    );
    const reports = JSON.parse(stdout) as { file: string; contact: { details: string[] } }[];
    const expected = names.filter((_, i) => i !== FILES_PER_BATCH);
    expect(reports.map((r) => r.file)).toEqual(expected.map((name) => `term/${name}`));
    for (const report of reports) {
      const week = Number(report.file.slice(5, 7));
      expect(report.contact.details).toEqual([
        `Please call the office at 555-01${String(week).padStart(2, '0')} with questions.`,
      ]);
    }
  });

  it('checks a file whose name looks like a glob as that file only', async () => {
    const folder = join(dir, 'brackets');
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes [draft].txt'), 'Draft notes for families.\n');
    // "[draft]" as a glob is one of d, r, a, f, t: it would also match "notes d.txt".
    writeFileSync(join(folder, 'notes d.txt'), 'Another file.\n');
    writeFileSync(join(folder, 'newsletter (1).txt'), 'Downloaded newsletter.\n');
    const { code, stdout, stderr } = await run([
      'check',
      join('brackets', 'notes [draft].txt'),
      join('brackets', 'newsletter (1).txt'),
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { file: string }[]).map((r) => r.file)).toEqual([
      join('brackets', 'notes [draft].txt'),
      join('brackets', 'newsletter (1).txt'),
    ]);
    const globbed = await run(['check', 'brackets/notes*.txt', '--json']);
    expect((JSON.parse(globbed.stdout) as unknown[]).length).toBe(2);
  });

  it('checks a folder whose name looks like a glob as that folder', async () => {
    const folder = join(dir, 'week [1]');
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'monday.txt'),
      'Please call the office at 555-0100 with questions.\n',
    );
    // "week [1]" as a glob is "week 1", which is not there: the folder would match nothing.
    const { code, stdout, stderr } = await run(['check', 'week [1]', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { file: string }[]).map((r) => r.file)).toEqual([
      join('week [1]', 'monday.txt'),
    ]);
  });

  it('prints each JSON report as its batch is checked, not all at the end', async () => {
    const folder = join(dir, 'stream');
    mkdirSync(folder);
    const count = FILES_PER_BATCH + 2;
    for (let i = 0; i < count; i++) {
      const name = `${String(i).padStart(2, '0')}.txt`;
      // The last file is unreadable, so its error is written after the first batch was checked.
      writeFileSync(
        join(folder, name),
        i === count - 1 ? Uint8Array.from([0, 1, 2]) : `Week ${i}.`,
      );
    }
    let stdout = '';
    let stdoutWhenLastFileFailed: string | undefined;
    const io: CliIo = {
      stdout: { write: (t: string) => (stdout += t), isTTY: false },
      stderr: {
        write: (t: string) => {
          if (t.includes(`${String(count - 1).padStart(2, '0')}.txt`))
            stdoutWhenLastFileFailed = stdout;
        },
        isTTY: false,
      },
      env: {},
      cwd: dir,
    };
    expect(await main(['check', 'stream', '--json'], io)).toBe(1);
    const reports = JSON.parse(stdout) as { file: string }[];
    expect(reports).toHaveLength(count - 1);
    expect(stdoutWhenLastFileFailed).toContain(`"file": "${join('stream', '00.txt')}"`);
    expect(stdoutWhenLastFileFailed).toContain(
      `"file": "${join('stream', `${String(FILES_PER_BATCH - 1).padStart(2, '0')}.txt`)}"`,
    );
  });

  it('prints an empty JSON array when no file could be checked', async () => {
    const { code, stdout } = await run(['check', 'missing.html', '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it.each([
    [
      ['--languages', 'en,klingon'],
      /^fsp: --languages: Unknown or undetectable language code "klingon"/,
    ],
    [['--languages', ','], /^fsp: --languages: Give at least one language code/],
    [['--grade', '0'], /^fsp: --grade: The target grade must be a number from 1 to 18, got 0\./],
    [['--grade', '19'], /^fsp: --grade: The target grade must be a number from 1 to 18, got 19\./],
  ])('names the option in the error for %j and exits 2', async (options, message) => {
    const { code, stderr, stdout } = await run(['check', 'news.html', ...options]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
  });

  it('explains command-line mistakes and exits 2', async () => {
    expect(await run(['check', 'news.html', '--languages', 'en,klingon'])).toEqual(
      expect.objectContaining({
        code: 2,
        stderr: expect.stringMatching(/Unknown or undetectable language code "klingon"/),
      }),
    );
    expect(await run(['check', 'news.html', '--grade', 'eight'])).toEqual(
      expect.objectContaining({
        code: 2,
        stderr: expect.stringMatching(/--grade must be a number such as 8, got "eight"/),
      }),
    );
    expect(await run(['check', '--colour'])).toEqual(
      expect.objectContaining({
        code: 2,
        stderr:
          'fsp: unknown option "--colour". The options are --json, --languages, --grade, --no-color, --help.\nRun "fsp --help" for usage.\n',
      }),
    );
    expect((await run(['check', 'news.html', '--grade'])).stderr).toMatch(
      /^fsp: the option "--grade" needs a value, e.g. --grade 8.\n/,
    );
    expect((await run(['check', 'news.html', '--json=yes'])).stderr).toMatch(
      /^fsp: the option "--json" takes no value.\n/,
    );
    expect(await run(['check'])).toEqual(
      expect.objectContaining({ code: 2, stderr: expect.stringMatching(/give at least one file/) }),
    );
    expect(await run(['frobnicate'])).toEqual(
      expect.objectContaining({
        code: 2,
        stderr: expect.stringMatching(/unknown command "frobnicate"/),
      }),
    );
  });

  it('prints help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: fsp <command>/);
    expect(stdout).toMatch(/--languages en,es,vi/);
  });
});

describe('the README\'s "Report format" example', () => {
  it('is a report as fsp check --json prints one: valid, with the same fields in the same order', async () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const example =
      /Example \(`fsp check notice\.html --json`, shortened\):\n\n```json\n([\s\S]*?)\n```/.exec(
        readme,
      )?.[1];
    const [documented] = JSON.parse(example ?? '[]') as Record<string, unknown>[];
    expect(fileReportSchema.safeParse(documented).success).toBe(true);
    const [printed] = JSON.parse((await run(['check', 'news.html', '--json'])).stdout) as Record<
      string,
      unknown
    >[];
    expect(Object.keys(documented ?? {})).toEqual(Object.keys(printed ?? {}));
  });
});

describe('fsp check wording', () => {
  it('writes counts in words and numbers the same way: singular for one, thousands separated', async () => {
    writeFileSync(join(dir, 'one.txt'), 'Welcome. Thanks. Reminders. Volunteers. Goodbye.');
    const one = await run(['check', 'one.txt']);
    expect(one.stdout).toMatch(/ — 5 words, 5 sentences, 1 word a sentence$/m);
    const long = 'Dear families, the school library is open every morning before class. '.repeat(
      200,
    );
    writeFileSync(join(dir, 'long.txt'), long);
    const many = await run(['check', 'long.txt']);
    expect(many.stdout).toMatch(/ — 2,200 words, 200 sentences, 11 words a sentence$/m);
  });

  it('marks a Spanish sentence’s grade as its Fernández-Huerta band', async () => {
    writeFileSync(
      join(dir, 'es.txt'),
      'Estimadas familias, la reunión de la asociación de padres y maestros se celebrará el jueves en la biblioteca de la escuela para conversar sobre el presupuesto extraordinario del próximo año académico y las actividades extracurriculares. Les esperamos.',
    );
    const { stdout } = await run(['check', 'es.txt']);
    expect(stdout).toMatch(/^ {4}Fernández-Huerta band, grade \d+: "Estimadas familias/m);
    expect(stdout).not.toMatch(/^ {4}grade \d+: /m);
  });
});

describe('fsp start', () => {
  it('checks the bundled example newsletter and says where the builds are', async () => {
    const { code, stdout } = await run(['start']);
    expect(code).toBe(0);
    expect(stdout).toContain('sample-newsletter.html — Lincoln Park Elementary PTA News, March');
    expect(stdout).toMatch(/Indicator tags/);
    expect(stdout).toMatch(/Findings \(\d+\)/);
    expect(stdout).toMatch(/Chrome extension (built|not built yet)/);
    expect(stdout).toMatch(/Sheets add-on (built|not built yet)/);
  });
});

describe('the fsp bin', () => {
  it('runs the TypeScript CLI through tsx in a real node process', async () => {
    const { stdout } = await promisify(execFile)(
      'node',
      [join(repoRoot, 'shared/cli/bin.js'), 'check', 'news.html', '--json'],
      {
        cwd: dir,
      },
    );
    const [report] = JSON.parse(stdout) as { input: { file: string } }[];
    expect(report?.input.file).toBe('news.html');
  }, 30_000);

  it('exits non-zero when a file fails', async () => {
    const result = await promisify(execFile)(
      'node',
      [join(repoRoot, 'shared/cli/bin.js'), 'check', 'missing.txt'],
      { cwd: dir },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(result).toEqual(
      expect.objectContaining({ code: 1, stderr: 'error missing.txt: no such file or folder\n' }),
    );
  }, 30_000);
});
