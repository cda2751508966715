import { Deadline, type ReadFailure, TimeoutError } from '../background/read-page';
import { AXE_CORE_FILE } from '../common/files';
import { AGENT_GLOBAL, type AgentApi } from '../content/agent-protocol';
import { type AxeResult, type AxeViolation, axeViolationsToFindings } from './axe-findings';

export type { AxeTarget } from './axe-findings';

/** axe is slower than our own check: a full run took up to 1.7 s here, the first injection about 1 s. */
export const AXE_TIME_LIMIT_MS = 20_000;

interface FrameAxeResult {
  version: string;
  violations: AxeViolation[];
  /** Whether the frame's document is the one the report's check read. */
  readByCheck: boolean;
}

/**
 * Runs in the page's isolated world, after axe-core's file. `preload` is off (it would fetch the
 * page's style sheets), `iframes` is off (each frame runs its own axe), and only violations come back.
 */
async function runAxeInFrame(checkId: string, agentGlobal: string): Promise<FrameAxeResult | null> {
  const axe = (globalThis as unknown as { axe?: typeof import('axe-core') }).axe;
  if (!axe) return null;
  const agent = (globalThis as unknown as Record<string, AgentApi | undefined>)[agentGlobal];
  const results = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    resultTypes: ['violations'],
    iframes: false,
    preload: false,
    elementRef: false,
  });
  const textOf = (target: unknown): string => {
    if (!Array.isArray(target) || target.some((s) => typeof s !== 'string')) return '';
    const element = document.querySelector((target as string[]).join(' '));
    if (!element) return '';
    const text =
      element.textContent?.trim() ||
      element.getAttribute('alt') ||
      element.getAttribute('aria-label') ||
      element.getAttribute('src') ||
      element.outerHTML;
    return text.replace(/\s+/g, ' ').slice(0, 160);
  };
  return {
    version: axe.version,
    readByCheck: agent?.read(checkId) === true,
    violations: results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      description: v.description,
      helpUrl: v.helpUrl,
      tags: v.tags,
      nodes: v.nodes.map((n) => {
        // Selectors into shadow roots come as nested lists; those are shown without a link.
        const target = n.target.every((s) => typeof s === 'string') ? (n.target as string[]) : [];
        return {
          target,
          text: textOf(n.target) || n.html.slice(0, 160),
          failureSummary: n.failureSummary ?? '',
          refs: agent?.refsOf(checkId, target) ?? [],
        };
      }),
    })),
  };
}

export type AxeOutcome =
  | { ok: true; findings: AxeResult[]; ms: number }
  /** The tab shows another page than the report's: its violations would be another page's. */
  | { ok: false; reason: 'page-changed' }
  | ({ ok: false } & ReadFailure);

/**
 * The full accessibility check: injects axe-core on demand, as its own file, into every frame.
 * Each result carries the report's refs for its element, found through the agent's record of
 * the check `checkId` and `reportRef` (frame and frame-local ref to the report's ref).
 */
export async function runAxe(
  tabId: number,
  checkId: string,
  reportRef: (frameId: number, frameRef: number) => number | undefined,
): Promise<AxeOutcome> {
  const started = performance.now();
  const deadline = new Deadline(AXE_TIME_LIMIT_MS);
  const target = { tabId, allFrames: true };
  try {
    await deadline.race(chrome.scripting.executeScript({ target, files: [AXE_CORE_FILE] }));
    const results = await deadline.race(
      chrome.scripting.executeScript({
        target,
        func: runAxeInFrame,
        args: [checkId, AGENT_GLOBAL],
      }),
    );
    const findings: AxeResult[] = [];
    for (const injection of results) {
      const result = injection.result as FrameAxeResult | null | undefined;
      if (!result) continue;
      if (injection.frameId === 0 && !result.readByCheck)
        return { ok: false, reason: 'page-changed' };
      findings.push(
        ...axeViolationsToFindings(result.violations, injection.frameId, result.version, reportRef),
      );
    }
    return { ok: true, findings, ms: performance.now() - started };
  } catch (error) {
    if (error instanceof TimeoutError) return { ok: false, reason: 'timeout' };
    const message = error instanceof Error ? error.message : String(error);
    if (/cannot access|permission/i.test(message)) return { ok: false, reason: 'no-access' };
    return { ok: false, reason: 'failed', detail: message };
  }
}
