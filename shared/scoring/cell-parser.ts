import { quoteValue } from './location';
import { nearestLabel } from './near-miss';
import { normalizeCellText } from './normalize-cell';

/** What one cell holds: a value, nothing yet, or something that is not a value of this kind. */
export type CellResult<T> =
  | { kind: 'value'; value: T }
  | { kind: 'blank' }
  | { kind: 'invalid'; reason: string };

export interface CellParserSpec<T> {
  /** Every accepted spelling of each value; matched after `normalizeCellText`. */
  spellings: ReadonlyArray<readonly [T, readonly string[]]>;
  /** Numbers that stand for a value (whole numbers only). */
  numbers?: ReadonlyArray<readonly [number, T]>;
  /** "a rating", "a role"... */
  noun: string;
  /** The sentence that tells the user what to enter, e.g. "Use Excelling, ... or Not sure." */
  advice: string;
  /** The label a "did you mean" hint names for a value. */
  labelOf: (value: T) => string;
}

const WHOLE_NUMBER = /^\+?(\d{1,6})(?:[.,]0+)?$/;
// "3 - progressing", "3. progressing", "3: progressing" and
// "progressing (3)": a number and a label written together, as some forms export them.
const NUMBER_THEN_LABEL = /^(\d{1,6})\s*[-.:)=]?\s*(\p{L}.*)$/u;
const TEXT_CACHE_LIMIT = 2_000;
const CACHED_TEXT_LENGTH = 100;
const LABEL_THEN_NUMBER = /^(.+?)\s*[([]\s*(\d{1,6})\s*[)\]]$/;

export function makeCellParser<T>(spec: CellParserSpec<T>): (value: unknown) => CellResult<T> {
  const byText = new Map<string, T>();
  const candidates: { key: string; label: string }[] = [];
  for (const [value, spellings] of spec.spellings) {
    for (const spelling of spellings) {
      const key = normalizeCellText(spelling);
      const existing = byText.get(key);
      if (existing !== undefined && existing !== value) {
        throw new Error(`The spelling "${spelling}" stands for two different values`);
      }
      byText.set(key, value);
      const label = spec.labelOf(value);
      // A near miss of a Spanish or other spelling is shown as that spelling, with its label.
      const shown =
        key === normalizeCellText(label)
          ? label
          : `${spelling.charAt(0).toUpperCase()}${spelling.slice(1)} (${label})`;
      candidates.push({ key, label: shown });
    }
  }
  const byNumber = new Map<number, T>(spec.numbers ?? []);

  const invalid = (raw: unknown, extra = ''): CellResult<T> => ({
    kind: 'invalid',
    reason: `${quoteValue(raw)} is not ${spec.noun}. ${spec.advice}${extra}`,
  });

  const fromText = (text: string): T | undefined => {
    const direct = byText.get(text);
    if (direct !== undefined) return direct;
    const whole = WHOLE_NUMBER.exec(text);
    if (whole) return byNumber.get(Number(whole[1]));
    return undefined;
  };

  const fromNumberAndLabel = (text: string): CellResult<T> | undefined => {
    const pair = NUMBER_THEN_LABEL.exec(text) ?? swap(LABEL_THEN_NUMBER.exec(text));
    if (!pair) return undefined;
    const byNum = byNumber.get(Number(pair[1]));
    const byLabel = byText.get(pair[2] ?? '');
    if (byNum === undefined || byLabel === undefined) return undefined;
    if (byNum !== byLabel) {
      return {
        kind: 'invalid',
        reason: `${pair[1]} is ${spec.labelOf(byNum)} but the words say ${spec.labelOf(byLabel)}. ${spec.advice}`,
      };
    }
    return { kind: 'value', value: byNum };
  };

  // A sheet repeats the same few entries thousands of times: remember what each text reads as.
  const seenText = new Map<string, CellResult<T>>();
  const parseText = (raw: string): CellResult<T> => {
    const known = seenText.get(raw);
    if (known) return known;
    const result = Object.freeze(readText(raw));
    if (seenText.size < TEXT_CACHE_LIMIT && raw.length <= CACHED_TEXT_LENGTH)
      seenText.set(raw, result);
    return result;
  };

  const readText = (raw: string): CellResult<T> => {
    const text = normalizeCellText(raw);
    if (text === '') return { kind: 'blank' };
    const value = fromText(text);
    if (value !== undefined) return { kind: 'value', value };
    const paired = fromNumberAndLabel(text);
    if (paired) {
      return paired.kind === 'invalid'
        ? { ...paired, reason: `${quoteValue(raw)}: ${paired.reason}` }
        : paired;
    }
    const guess = nearestLabel(text, candidates);
    return invalid(raw, guess ? ` Did you mean ${guess}?` : '');
  };

  return (raw: unknown): CellResult<T> => {
    if (typeof raw === 'string') return parseText(raw);
    if (raw === null || raw === undefined) return { kind: 'blank' };
    if (typeof raw === 'number') {
      const value = Number.isInteger(raw) ? byNumber.get(raw) : undefined;
      return value === undefined ? invalid(raw) : { kind: 'value', value };
    }
    return invalid(raw);
  };
}

function swap(match: RegExpExecArray | null): [string, string, string] | null {
  return match ? [match[0], match[2] ?? '', match[1] ?? ''] : null;
}
