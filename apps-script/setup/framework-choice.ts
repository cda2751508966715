import { builtInFramework, type Framework, parseFrameworkJson } from '../../shared/frameworks';
import { UserError } from '../workbook/user-error';
import type { FrameworkChoice } from './settings';

/** The framework a choice names; a custom one comes from its stored JSON. */
export function resolveFramework(
  choice: FrameworkChoice,
  customJson: string | undefined,
): Framework {
  if (choice.source !== 'custom') return builtInFramework(choice.source);
  if (!customJson) {
    throw new UserError(
      'The custom framework is missing from this spreadsheet: open "Set up assessment…" and paste it again.',
    );
  }
  const parsed = parseFrameworkJson(customJson);
  if (!parsed.ok) {
    throw new UserError(
      `The custom framework stored with this spreadsheet is not valid (${parsed.problems[0]?.path}: ${parsed.problems[0]?.message}). Open "Set up assessment…" and paste it again.`,
    );
  }
  return parsed.framework;
}
