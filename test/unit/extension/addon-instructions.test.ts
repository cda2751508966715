import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { helpDialog } from '../../../apps-script/server/dialogs';
import { evidenceLogSheet } from '../../../apps-script/workbook/evidence-log';
import { repoRoot } from '../../support/paths';

const messages = JSON.parse(
  readFileSync(join(repoRoot, 'extension/_locales/en/messages.json'), 'utf8'),
) as Record<string, { message: string }>;
/** The side panel's button label, as the user sees it. */
const copyButton = messages.reportCopyTsv?.message ?? '';

describe("the add-on's instructions name the extension's copy button as the panel shows it", () => {
  test('the button is "Copy rows for Sheets"', () => {
    expect(copyButton).toBe('Copy rows for Sheets');
  });

  test('the Evidence log sheet', () => {
    const text = evidenceLogSheet('Evidence log')
      .blocks.flatMap((block) => block.values.flat())
      .join('\n');
    expect(text).toContain(`("${copyButton}")`);
    expect(text).not.toContain('Copy rows for the add-on');
  });

  test('the Help dialog', () => {
    const html = helpDialog();
    expect(html).toContain(`("${copyButton}")`);
    expect(html).not.toContain('Copy rows for the add-on');
  });
});
