// The add-on's figures: SpreadsheetApp calls per workbook build for 1, 10 and 30 raters (they
// should grow with the number of sheets, not of cells), getValues per compile, and the CPU time
// to compile 100 raters x 49 indicators in node. Run alone with `npx tsx test/bench/addon.bench.ts`
// after `npm run build:apps-script`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { settingsFromRequest } from '../../apps-script/setup/setup-request';
import { buildWorkbook } from '../../apps-script/workbook/build';
import { builtInFramework, ratedNodes } from '../../shared/frameworks';
import { installAddOn } from '../bundle/apps-script/fake/load-code';
import { setupRequest, team, typeInto } from '../bundle/apps-script/fake/team';
import { repoRoot } from '../support/paths';

const LEVELS = ['Excelling', 'Progressing', 'Emerging', 'Below', 'Not sure'];
const framework = builtInFramework('pta-2022');
const INDICATORS = ratedNodes(framework).length;

function callsPerBuild(raters: number): void {
  const addOn = installAddOn();
  const started = process.hrtime.bigint();
  addOn.call('saveSetup', setupRequest(team(raters)));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const calls = addOn.recorder.calls;
  const sheets = addOn.workbook.sheets.length;
  const count = (method: string) => calls.filter((c) => c.method === method).length;
  console.log(
    `setup, ${String(raters).padStart(2)} rater${raters === 1 ? ' ' : 's'} x ${INDICATORS}: ${String(calls.length).padStart(5)} calls for ${sheets} sheets (${(calls.length / sheets).toFixed(0)} a sheet); setValues ${count('setValues')}, setDataValidations ${count('setDataValidations')}, setConditionalFormatRules ${count('setConditionalFormatRules')}, getValues ${count('getValues')}; ${ms.toFixed(0)} ms in node with the fake`,
  );

  // Refresh: the compile reads each sheet once.
  for (let r = 0; r < raters; r++) {
    const name =
      addOn.workbook.sheets.find((s) =>
        s.name.startsWith(`Rater ${String(r + 1).padStart(3, '0')}`),
      )?.name ?? '';
    for (let i = 0; i < INDICATORS; i++)
      typeInto(addOn.workbook, name, 5 + i, 5, LEVELS[(r + i) % LEVELS.length] ?? '');
  }
  addOn.recorder.reset();
  addOn.call('refreshDashboard');
  const read = addOn.recorder.calls.filter((c) => c.method === 'getValues');
  const perSheet = new Map<string, number>();
  for (const c of read) perSheet.set(c.sheet ?? '?', (perSheet.get(c.sheet ?? '?') ?? 0) + 1);
  console.log(
    `refresh, ${String(raters).padStart(2)} rater${raters === 1 ? ' ' : 's'}: ${addOn.recorder.calls.length} calls; getValues ${read.length} over ${perSheet.size} sheets (at most ${Math.max(...perSheet.values())} per sheet)`,
  );
}

function compileTime(raters: number): void {
  const result = settingsFromRequest(setupRequest(team(raters)), undefined, undefined);
  if (!result.ok) throw new Error('settings');
  const settings = result.settings;
  // The rating sheets as getValues would return them, full of ratings.
  const empty = buildWorkbook({
    settings,
    framework,
    snapshot: { sheets: [] },
    now: new Date(),
    mode: 'setup',
  });
  const snapshot = {
    sheets: empty.plan.sheets
      .filter((s) => s.kind === 'rating-sheet')
      .map((s, r) => {
        const grid: unknown[][] = [];
        for (const block of s.blocks) {
          block.values.forEach((row, i) => {
            grid[block.row - 1 + i] = [...row];
          });
        }
        for (let i = 0; i < INDICATORS; i++) {
          const row = grid[4 + i] ?? [];
          row[4] = LEVELS[(r * 7 + i) % LEVELS.length];
          row[5] = i % 3 === 0 ? 'Seen at the fall open house' : '';
        }
        return { name: s.name, identity: { kind: s.kind, key: s.key }, values: grid };
      }),
  };
  // Warm up once (module-level caches), then measure.
  buildWorkbook({ settings, framework, snapshot, now: new Date(), mode: 'refresh' });
  const before = process.cpuUsage();
  const started = process.hrtime.bigint();
  const runs = 5;
  let counted = 0;
  for (let i = 0; i < runs; i++) {
    counted = buildWorkbook({ settings, framework, snapshot, now: new Date(), mode: 'refresh' })
      .scores.counted;
  }
  const cpu = process.cpuUsage(before);
  const wall = Number(process.hrtime.bigint() - started) / 1e6 / runs;
  console.log(
    `compile ${raters} raters x ${INDICATORS} indicators (${counted} ratings, pure plan in node): ${((cpu.user + cpu.system) / 1000 / runs).toFixed(0)} ms CPU, ${wall.toFixed(0)} ms wall, per refresh`,
  );
}

export async function run(): Promise<void> {
  const code = join(repoRoot, 'dist/apps-script/Code.js');
  if (!existsSync(code)) throw new Error('Build first: npm run build:apps-script');
  const bytes = readFileSync(code);
  console.log(
    `Code.js: ${(bytes.length / 1024).toFixed(0)} KB, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0)} KB gzip -9`,
  );
  for (const raters of [1, 10, 30]) callsPerBuild(raters);
  compileTime(100);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
