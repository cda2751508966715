import { describe, expect, test } from 'vitest';
import { compileAhead } from '../../../../shared/checker/checks/text/compile';
import { checkerWarmUp } from '../../../../shared/checker/engine/warm-up';
import { checkDocument, extractFromText } from '../../../../shared/checker/index';

const MESSAGE = [
  'Dear families, we need volunteers for the fall festival on Saturday. Please sign up by Friday.',
  'If you have questions, call the front office at 555-0100. Interpreters are available in Spanish and Vietnamese.',
  'Estimadas familias: necesitamos voluntarios para el festival. Si tiene preguntas, llame a la oficina.',
].join('\n\n');
const now = new Date('2026-01-01T00:00:00Z');

describe('warming the checker up', () => {
  test('works in slices and changes no report', () => {
    const before = checkDocument(extractFromText(MESSAGE), { now });
    const step = checkerWarmUp({ languages: ['en', 'es', 'vi'] });
    let slices = 1;
    while (!step(5)) {
      slices++;
      expect(slices).toBeLessThan(5000);
    }
    // More than one slice: the work was spread out, not done in one go.
    expect(slices).toBeGreaterThan(1);
    // Everything queued so far is compiled.
    expect(compileAhead(0)).toBe(true);
    const after = checkDocument(extractFromText(MESSAGE), { now });
    expect(after).toEqual(before);
    expect(after.tags.length).toBeGreaterThan(0);
  });
});
