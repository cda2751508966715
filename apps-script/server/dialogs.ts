import { firstSteps } from '../../shared/frameworks/first-steps';

/** HTML for the add-on's dialogs. Everything shown is escaped: names and values come from the sheet. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const STYLE =
  '<style>body{font:13px/1.45 Arial,sans-serif;color:#202124;margin:0 4px}h2{font-size:15px;margin:8px 0}li{margin:3px 0}.note{color:#5f6368}</style>';

export function messagesDialog(
  intro: string,
  items: string[],
  outro?: string,
  limit = 200,
): string {
  const shown = items.slice(0, limit);
  const more = items.length - shown.length;
  return `${STYLE}<p>${escapeHtml(intro)}</p><ol>${shown.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ol>${
    more > 0 ? `<p class="note">…and ${more} more.</p>` : ''
  }${outro ? `<p class="note">${escapeHtml(outro)}</p>` : ''}`;
}

export function helpDialog(): string {
  const steps = firstSteps.steps
    .map((s) => `<li><b>${escapeHtml(s.name)}.</b> ${escapeHtml(s.text)}</li>`)
    .join('');
  return `${STYLE}
<h2>What the add-on does</h2>
<p>It builds your action team's assessment in this spreadsheet: a rating sheet for each rater (or subteam), a tidy Ratings table, a Dashboard that updates as people type, pivot tables and charts, Priorities for your discussion, an Action plan, a Family survey comparison and, from the second year, the change since last year.</p>
<ol>
<li><b>Set up assessment…</b> choose the framework, your school and year, and the team (with roles). Re-run it at any time: ratings already entered are never lost.</li>
<li><b>Add rater…</b> adds one person and their rating sheet.</li>
<li><b>Refresh dashboard</b> checks every rating with the scoring rules, lists anything that cannot be counted (with its sheet, row and column), and rebuilds Priorities, the Action plan rows you ticked, and the comparisons.</li>
<li><b>Compare with family survey</b> reads the Family survey sheet (or copies answers from a Google Form's response sheet) and sets families beside the team, per standard.</li>
<li><b>Evidence log</b>: paste the rows the toolkit's Chrome extension copies ("Copy rows for Sheets") in the first empty row; Priorities counts this school year's evidence for each indicator.</li>
<li><b>Start new school year</b> archives this year's ratings in "Ratings archive" and gives everyone fresh rating cells. Evidence log rows and Family survey answers are never deleted: those without a school year get last year's in their School year column and are no longer counted, so this year's evidence counts and family comparison start from zero.</li>
</ol>
<h2>${escapeHtml(firstSteps.name)}</h2>
<p class="note">From ${escapeHtml(firstSteps.publisher)}, ${escapeHtml(firstSteps.source.title)}.</p>
<ol>${steps}</ol>
<h2>Privacy</h2>
<p>Everything stays in this spreadsheet. The add-on can only see and change this spreadsheet and show its menu, sidebar and dialogs; it sends nothing anywhere.</p>`;
}
