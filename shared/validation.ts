import type { core } from 'zod/mini';

/** One problem found in user-supplied data, located precisely enough to fix by hand. */
export interface DataProblem {
  /** Where the problem is, as a JSONPath-like string such as `$.items[1].children[0].id`. */
  path: string;
  /** What was expected, in plain words. */
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return out;
}

/**
 * zod/mini ships without locale messages (to stay small), so its default text is "Invalid input".
 * Schemas give their own message where it helps; otherwise say what was expected from the issue code.
 * Parse with `{ reportInput: true }` so the received value can be named.
 */
export function problemsFromZod(issues: readonly core.$ZodIssue[]): DataProblem[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) }));
}

function describeIssue(issue: core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  const got = 'input' in issue ? `, got ${describeValue(issue.input)}` : '';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `expected ${issue.expected} (this field is required)`
        : `expected ${issue.expected}${got}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling`;
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? `expected at least ${issue.minimum} character${Number(issue.minimum) === 1 ? '' : 's'}`
          : `expected at least ${issue.minimum}${got}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `expected at most ${issue.maximum} items`
        : `expected at most ${issue.maximum}${got}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${got}`;
    case 'invalid_format':
      return `expected ${issue.format} format${got}`;
    case 'invalid_union':
      return `expected one of the allowed forms${got}`;
    default:
      return `invalid value${got}`;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return value.length > 40 ? `a string "${value.slice(0, 37)}..."` : `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

export function describeProblems(problems: readonly DataProblem[], where?: string): string {
  const prefix = where ? `${where}: ` : '';
  return problems.map((p) => `${prefix}${p.path}: ${p.message}`).join('\n');
}

/** JSON.parse with an error that gives line and column rather than a character offset. */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: DataProblem } {
  const source = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = firstInvalidOffset(source);
    const before = source.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return {
      ok: false,
      problem: {
        path: '$',
        message: `not valid JSON at line ${line}, column ${column}: ${message}`,
      },
    };
  }
}

/**
 * V8's messages give a position only for some errors ("Unexpected token '}'" has none), so find
 * the error's offset ourselves: the shortest prefix that can no longer start valid JSON. A prefix
 * that is merely unfinished fails at its own end; one that is wrong fails before it.
 */
function firstInvalidOffset(source: string): number {
  const broken = (length: number): boolean => {
    try {
      JSON.parse(source.slice(0, length));
      return false;
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      if (/Unexpected end of JSON input/.test(message)) return false;
      const at = /position (\d+)/.exec(message);
      return !(at && Number(at[1]) >= length);
    }
  };
  if (!broken(source.length)) return source.length;
  let low = 0;
  let high = source.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (broken(mid)) high = mid;
    else low = mid + 1;
  }
  return Math.max(0, low - 1);
}
