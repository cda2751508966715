// Scoring benchmark: aggregate 1,000 schools x 20 raters x 49 indicators and parse as many rows.
// The measurement runs in a child process so its peak memory is the scoring's own, not the
// bench runner's. Run alone with `npx tsx test/bench/scoring.bench.ts`.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { builtInFramework, ratedNodes } from '../../shared/frameworks';
import {
  aggregateRatings,
  parseRatingRows,
  type Rating,
  ROLES,
  type TeamLevel,
} from '../../shared/scoring';

const SCHOOLS = 1_000;
const RATERS = 20;
const TARGET_MS = 1_000;
const TARGET_MB = 500;
const CHILD_FLAG = 'FSP_SCORING_BENCH_CHILD';

export async function run(): Promise<void> {
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', fileURLToPath(import.meta.url)],
    {
      env: { ...process.env, [CHILD_FLAG]: '1' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  process.stdout.write(output);
}

/** A small deterministic generator, so every run scores the same ratings. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const LEVELS: TeamLevel[] = ['excelling', 'progressing', 'emerging', 'below', 'not-sure'];
const CELLS = [
  ' Excelling',
  'progressing ',
  'EMERGING',
  'Below',
  'Not sure',
  'No sé',
  3,
  '2',
  'En progreso',
  '',
];

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const maxRssBytes = () => process.resourceUsage().maxRSS * 1024;

function measure(): void {
  const framework = builtInFramework('pta-2022');
  const itemIds = ratedNodes(framework).map((node) => node.id);
  const next = random(2025);
  const ratings: Rating[] = [];
  for (let school = 0; school < SCHOOLS; school++) {
    for (let rater = 0; rater < RATERS; rater++) {
      const raterId = `school-${school}/rater-${rater}`;
      const role = ROLES[rater % ROLES.length]!;
      for (const itemId of itemIds) {
        ratings.push({ raterId, role, itemId, level: LEVELS[Math.floor(next() * LEVELS.length)]! });
      }
    }
  }
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const peakBefore = maxRssBytes();

  let start = performance.now();
  const scores = aggregateRatings(framework, ratings);
  const firstMs = performance.now() - start;
  const peakAfter = maxRssBytes();
  if (scores.counted !== ratings.length)
    throw new Error(`Counted ${scores.counted} of ${ratings.length}`);

  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    start = performance.now();
    aggregateRatings(framework, ratings);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[2]!;

  // One school at a time, as the add-on scores one workbook.
  const perSchool = RATERS * itemIds.length;
  start = performance.now();
  for (let school = 0; school < SCHOOLS; school++) {
    aggregateRatings(framework, ratings.slice(school * perSchool, (school + 1) * perSchool));
  }
  const perSchoolMs = performance.now() - start;

  console.log(
    `ratings aggregated: ${ratings.length.toLocaleString('en-US')} (${SCHOOLS} schools x ${RATERS} raters x ${itemIds.length} indicators), one call`,
  );
  console.log(`  time, first call: ${firstMs.toFixed(0)} ms   (target < ${TARGET_MS} ms)`);
  console.log(`  time, median of 5 more: ${medianMs.toFixed(0)} ms   (target < ${TARGET_MS} ms)`);
  console.log(
    `  peak memory (maxRSS) of the whole process: ${mb(peakAfter)} MB   (target < ${TARGET_MB} MB)`,
  );
  console.log(
    `  of which the ratings themselves (RSS before scoring): ${mb(rssBefore)} MB; scoring raised the peak by ${mb(Math.max(0, peakAfter - Math.max(peakBefore, rssBefore)))} MB`,
  );
  console.log(
    `  as 1,000 separate school assessments of ${perSchool} ratings: ${perSchoolMs.toFixed(0)} ms in all, ${(perSchoolMs / SCHOOLS).toFixed(2)} ms per school`,
  );
  console.log(
    `  Krippendorff's alpha (ordinal) on the random ratings: ${scores.agreement.ordinal.alpha?.toFixed(4)} (near 0, as random ratings should be)`,
  );

  // Parsing: raw cell values as a sheet gives them, checked against the framework.
  ratings.length = 0;
  const rows = [];
  for (let i = 0; i < SCHOOLS * perSchool; i++) {
    rows.push({
      raterId: `rater-${Math.floor(i / itemIds.length)}`,
      role: 'Parent',
      itemId: itemIds[i % itemIds.length],
      level: CELLS[Math.floor(next() * CELLS.length)],
      location: { sheet: 'Ratings', row: i + 2 },
      cells: { level: 'E' },
    });
  }
  start = performance.now();
  const parsed = parseRatingRows(rows, { framework });
  const parseMs = performance.now() - start;
  console.log(
    `rows parsed: ${rows.length.toLocaleString('en-US')} in ${parseMs.toFixed(0)} ms: ${Math.round(rows.length / (parseMs / 1000)).toLocaleString('en-US')} rows/s (${parsed.ratings.length.toLocaleString('en-US')} ratings, ${parsed.blanks.length.toLocaleString('en-US')} blanks, ${parsed.errors.length} errors)`,
  );
  console.log(
    `  peak memory (maxRSS) after parsing: ${mb(maxRssBytes())} MB (the million row objects themselves dominate)`,
  );
}

if (process.env[CHILD_FLAG] === '1') measure();
else if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
