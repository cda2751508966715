import { describe, expect, it } from 'vitest';
import {
  builtInRules,
  checkRegistry,
  loadRules,
  modelFromBlocks,
  RuleDataError,
  runRule,
} from '../../../../shared/checker/node';

const validFinding = {
  id: 'sample-finding',
  kind: 'finding',
  category: 'plain-language',
  severity: 'minor',
  indicators: [],
  check: 'patterns',
  patterns: { en: ['\\bsynergy\\b'] },
  message: 'Say what you mean instead of "synergy".',
  note: 'Buzzwords do not translate.',
  source: 'The toolkit’s own wording.',
};

function problemsFor(rules: unknown[]): string[] {
  try {
    loadRules([{ name: 'test', rules }]);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleDataError);
    return (error as RuleDataError).problems;
  }
  throw new Error('expected the rules to be rejected');
}

describe('loadRules', () => {
  it('loads every built-in rule and binds its check', () => {
    const rules = builtInRules();
    expect(rules.length).toBeGreaterThan(10);
    for (const { rule, check } of rules) {
      expect(typeof check, rule.id).toBe('function');
    }
    expect(new Set(rules.map((r) => r.rule.id)).size).toBe(rules.length);
  });

  it('names the rule id and the JSON path of a schema problem', () => {
    expect(problemsFor([{ ...validFinding, severity: 'urgent' }])).toEqual([
      expect.stringMatching(
        /^test rule 0 \("sample-finding"\): \$\.severity: expected one of "serious"/,
      ),
    ]);
  });

  it('names the index when the rule has no usable id', () => {
    const { id: _, ...noId } = validFinding;
    expect(problemsFor([validFinding, noId])).toEqual([
      expect.stringMatching(/^test rule 1: \$\.id: expected string/),
    ]);
  });

  it('rejects an unknown check, listing the known ones', () => {
    expect(problemsFor([{ ...validFinding, check: 'no-such-check' }])).toEqual([
      expect.stringMatching(/\$\.check: no check named "no-such-check"; known checks: .*patterns/),
    ]);
  });

  it('rejects indicators that are not in the framework', () => {
    const problems = problemsFor([
      { ...validFinding, indicators: ['2.1.1', '2.9.9'] },
      { ...validFinding, id: 'other', frameworkId: 'pta-1999' },
    ]);
    expect(problems).toEqual([
      'test rule 0 ("sample-finding"): $.indicators[1]: no indicator "2.9.9" in pta-2022',
      'test rule 1 ("other"): $.frameworkId: no built-in framework "pta-1999"',
    ]);
  });

  it('keeps tags and findings apart and asks accessibility rules for a WCAG criterion', () => {
    const problems = problemsFor([
      { ...validFinding, id: 'a', kind: 'tag' },
      { ...validFinding, id: 'b', category: 'indicator' },
      { ...validFinding, id: 'c', category: 'accessibility' },
      { ...validFinding, id: 'd', category: 'accessibility', wcag: 'AA' },
    ]);
    expect(problems).toEqual([
      'test rule 0 ("a"): $.category: a tag must have the category "indicator"',
      'test rule 0 ("a"): $.severity: a tag must have the severity "info"',
      'test rule 0 ("a"): $.indicators: a tag must name at least one indicator',
      'test rule 1 ("b"): $.category: "indicator" is for tags; give a finding its kind of problem',
      'test rule 2 ("c"): $.wcag: an accessibility rule must name its WCAG 2.1 success criterion, e.g. "1.1.1"',
      'test rule 3 ("d"): $.wcag: expected a success criterion such as "1.1.1", got "AA"',
    ]);
  });

  it('rejects a duplicate id, naming the first use', () => {
    expect(problemsFor([validFinding, validFinding])).toEqual([
      'test rule 1 ("sample-finding"): $.id: the id "sample-finding" is already used by test rule 0 ("sample-finding")',
    ]);
  });

  it('rejects a check name defined in two registries', () => {
    const check = () => [];
    expect(() => checkRegistry({ structure: { x: check }, text: { x: check } })).toThrow(
      'check "x" is defined in both the structure and text checks',
    );
  });
});

describe('runRule (the helper for rule tests)', () => {
  it('runs one rule against block texts and turns hits into findings', () => {
    const findings = runRule(validFinding, [
      'We value the synergy of families and staff working together on this.',
      'Nothing to see here in this ordinary sentence about the school year.',
    ]);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'sample-finding',
        kind: 'finding',
        category: 'plain-language',
        severity: 'minor',
        // The patterns check quotes the sentence that matched.
        quote: 'We value the synergy of families and staff working together on this.',
        position: { ref: 0, start: 0, end: 68 },
        source: 'The toolkit’s own wording.',
      }),
    ]);
  });

  it('makes one tag per indicator a tag rule evidences', () => {
    const tag = {
      ...validFinding,
      id: 'sample-tag',
      kind: 'tag',
      category: 'indicator',
      severity: 'info',
      indicators: ['2.1.4', '2.2.3'],
      patterns: { en: ['\\bsurvey\\b'] },
    };
    const findings = runRule(
      tag,
      modelFromBlocks(['Please take our short family survey by Friday, May 2.']),
    );
    const quote = 'Please take our short family survey by Friday, May 2.';
    expect(findings.map((f) => [f.indicatorId, f.frameworkId, f.quote])).toEqual([
      ['2.1.4', 'pta-2022', quote],
      ['2.2.3', 'pta-2022', quote],
    ]);
  });

  it('throws a clear error for invalid rule data', () => {
    expect(() => runRule({ ...validFinding, check: 'nope' }, ['x'])).toThrow(
      /no check named "nope"/,
    );
  });
});
