import type { SurveyCopyRequest, SurveyState, SurveySummary } from '../../setup/sidebar-protocol';
import { columnLetter } from '../../workbook/cells';
import { fill, h, setStatus } from '../dom';
import { call } from '../server';

/** "Compare with family survey": copy a Form's answers into Family survey, or compare what is there. */
export function surveyView(root: HTMLElement, state: SurveyState): void {
  let source = state.sources[0];
  const mapping = new Map<string, number>();
  let respondentColumn = 0;
  let timestampColumn = 0;
  const pick = (name: string | undefined) => {
    source = state.sources.find((s) => s.name === name);
    mapping.clear();
    for (const m of source?.guess.standards ?? []) mapping.set(m.standardId, m.column);
    respondentColumn = source?.guess.respondentColumn ?? 0;
    timestampColumn = source?.guess.timestampColumn ?? 0;
  };
  pick(source?.name);

  const columnSelect = (label: string, value: number, set: (n: number) => void) => {
    const element = h(
      'select',
      { 'aria-label': label },
      h('option', { value: '0', '.selected': value === 0 }, '(none)'),
      ...(source?.headers ?? []).map((header, i) =>
        h(
          'option',
          { value: String(i + 1), '.selected': value === i + 1 },
          `${columnLetter(i + 1)}: ${header.slice(0, 60)}`,
        ),
      ),
    );
    element.addEventListener('change', () => set(Number(element.value)));
    return h('div', { class: 'field' }, h('span', { class: 'label' }, label), element);
  };

  const show = (summary: SurveySummary) =>
    setStatus(
      root,
      summary.problems.length > 0 ? 'error' : 'done',
      summary.copied + summary.skipped > 0
        ? `Copied ${summary.copied} new response${summary.copied === 1 ? '' : 's'}${summary.skipped ? ` (${summary.skipped} already copied)` : ''}.`
        : '',
      `${summary.responses} answer${summary.responses === 1 ? '' : 's'} counted. The Dashboard’s "Team and families" table is updated.`,
      ...summary.lines,
      ...summary.problems,
    );

  const render = () => {
    fill(
      root,
      h('h1', {}, 'Compare with the family survey'),
      h(
        'p',
        { class: 'hint' },
        `Families answer, for each ${state.standardName.toLowerCase()}, how much they agree the school lives up to it (Strongly agree to Strongly disagree). The "Family survey" sheet has ${state.surveyAnswers} answered row${state.surveyAnswers === 1 ? '' : 's'} for this school year.`,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          click: async () => {
            setStatus(root, 'info', 'Comparing…');
            const result = await call<SurveySummary>('compareFamilySurvey');
            if (!result.ok) setStatus(root, 'error', result.message);
            else show(result.value);
          },
        },
        'Compare what is on "Family survey"',
      ),
      h('h2', {}, 'Copy answers from a Google Form'),
      state.sources.length === 0
        ? h(
            'p',
            { class: 'hint' },
            'Link your Form to this spreadsheet (in the Form: Responses > Link to Sheets, choosing this spreadsheet); its response sheet will appear here.',
          )
        : h(
            'div',
            {},
            h(
              'div',
              { class: 'field' },
              h('span', { class: 'label' }, 'Response sheet'),
              (() => {
                const element = h(
                  'select',
                  { 'aria-label': 'Response sheet' },
                  ...state.sources.map((s) =>
                    h(
                      'option',
                      { value: s.name, '.selected': s.name === source?.name },
                      `${s.name} (${s.rows} rows)`,
                    ),
                  ),
                );
                element.addEventListener('change', () => {
                  pick(element.value);
                  render();
                });
                return element;
              })(),
            ),
            ...state.standards.map((standard) =>
              columnSelect(
                `${state.standardName} ${standard.label}`,
                mapping.get(standard.id) ?? 0,
                (n) => mapping.set(standard.id, n),
              ),
            ),
            columnSelect('Respondent (optional)', respondentColumn, (n) => (respondentColumn = n)),
            columnSelect('Timestamp (optional)', timestampColumn, (n) => (timestampColumn = n)),
            h(
              'button',
              {
                type: 'button',
                click: async () => {
                  if (!source) return;
                  setStatus(root, 'info', 'Copying and comparing…');
                  const request: SurveyCopyRequest = {
                    sourceSheet: source.name,
                    respondentColumn,
                    timestampColumn,
                    standards: [...mapping]
                      .filter(([, column]) => column > 0)
                      .map(([standardId, column]) => ({ standardId, column })),
                  };
                  const result = await call<SurveySummary>('copyFamilySurvey', request);
                  if (!result.ok) setStatus(root, 'error', result.message);
                  else show(result.value);
                },
              },
              'Copy new answers and compare',
            ),
          ),
      h('div', { 'data-status': '', class: 'status', role: 'status' }),
    );
  };
  render();
}
