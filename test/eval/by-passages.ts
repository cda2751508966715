import type { Evaluation } from './evaluate';

export interface PassageBand {
  /** `1`, `2` or `3+` passages behind the indicator in its message. */
  band: '1' | '2' | '3+';
  right: number;
  wrong: number;
  precision: number;
}

/**
 * How often a predicted indicator is right, by the number of passages the report counts for it
 * (`summary.indicators`). It backs the "1 passage only: check it" wording in the CLI and the side
 * panel, so the claim is measured, not assumed.
 */
export function precisionByPassages(evaluations: readonly Evaluation[]): PassageBand[] {
  const bands = new Map<PassageBand['band'], { right: number; wrong: number }>(
    (['1', '2', '3+'] as const).map((band) => [band, { right: 0, wrong: 0 }]),
  );
  for (const { samples } of evaluations) {
    for (const sample of samples) {
      for (const id of sample.predicted) {
        const passages =
          sample.report.summary.indicators.find(
            (i) => i.frameworkId === 'pta-2022' && i.indicatorId === id,
          )?.passages ?? 0;
        if (passages === 0) throw new Error(`${sample.file}: ${id} predicted with no passage`);
        const band = bands.get(passages === 1 ? '1' : passages === 2 ? '2' : '3+') as {
          right: number;
          wrong: number;
        };
        if (sample.expected.includes(id)) band.right++;
        else band.wrong++;
      }
    }
  }
  return [...bands].map(([band, { right, wrong }]) => ({
    band,
    right,
    wrong,
    precision: right + wrong === 0 ? 1 : right / (right + wrong),
  }));
}
