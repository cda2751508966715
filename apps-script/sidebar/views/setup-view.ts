import { schoolYearChanges, schoolYearChangeWarning } from '../../setup/school-year-change';
import type {
  FrameworkOption,
  SetupRequest,
  SetupResponse,
  SidebarState,
} from '../../setup/sidebar-protocol';
import { pluralOf } from '../../workbook/plural';
import { fill, h, select, statusAndSubmit, textField } from '../dom';
import { parsePastedTeam } from '../pasted-team';
import { call } from '../server';

interface Form {
  framework: string;
  customJson: string;
  schoolName: string;
  schoolYear: string;
  layout: 'per-rater' | 'per-subteam';
  subteams: Array<{ id?: string; name: string; standardIds: string[] }>;
  members: Array<{ id?: string; name: string; role: string; subteam: number | null }>;
}

/** "Set up assessment…": framework, school and year, subteams, and the team with their roles. */
export function setupView(root: HTMLElement, state: SidebarState): void {
  const current = state.current;
  const form: Form = {
    framework: current?.framework ?? 'pta-2022',
    customJson: '',
    schoolName: current?.schoolName ?? '',
    schoolYear: current?.schoolYear ?? state.suggestedYear,
    layout: current?.layout ?? 'per-rater',
    subteams: current?.subteams.map((s) => ({ ...s, standardIds: [...s.standardIds] })) ?? [],
    members: current?.members.map((m) => ({ ...m })) ?? [
      { name: '', role: 'family', subteam: null },
    ],
  };
  const savedIds = new Set(current?.members.map((m) => m.id));
  /** The new year the team confirmed should relabel the ratings entered (see yearWarning). */
  let yearConfirmedFor: string | undefined;
  const yearChanged = () => schoolYearChanges(current?.schoolYear, form.schoolYear);
  const yearConfirmed = () => yearConfirmedFor === form.schoolYear.trim();

  /**
   * Shown while the year typed differs from the workbook's: saving only relabels the ratings, so
   * the team is told before saving, with what "Start new school year" does instead, and confirms.
   * Updated in place as they type, so the year field keeps the focus.
   */
  const yearWarning = h('div', { 'data-year-warning': '' });
  const updateYearWarning = () => {
    if (!current || !yearChanged()) return fill(yearWarning);
    const told = schoolYearChangeWarning(current.schoolYear, form.schoolYear);
    fill(
      yearWarning,
      h('p', { class: 'warning' }, told.warning),
      h(
        'label',
        { class: 'check' },
        h('input', {
          type: 'checkbox',
          'data-field': 'schoolYearConfirmed',
          '.checked': yearConfirmed(),
          change: (event: Event) => {
            yearConfirmedFor = (event.target as HTMLInputElement).checked
              ? form.schoolYear.trim()
              : undefined;
          },
        }),
        ` ${told.confirmLabel}`,
      ),
    );
  };

  const frameworkOption = (): FrameworkOption | undefined => {
    if (form.framework !== 'custom') return state.frameworks.find((f) => f.id === form.framework);
    if (form.customJson.trim() !== '') {
      try {
        const parsed = JSON.parse(form.customJson) as {
          name?: string;
          levels?: string[];
          items?: Array<{ id: string; title?: string; text?: string }>;
        };
        return {
          id: 'custom',
          label: parsed.name ?? 'Custom framework',
          standardName: parsed.levels?.[0] ?? 'Standard',
          standards: (parsed.items ?? []).map((i) => ({
            id: String(i.id),
            label: `${i.id} ${i.title ?? i.text ?? ''}`.trim(),
          })),
        };
      } catch {
        return undefined;
      }
    }
    return state.frameworks.find((f) => f.id === 'custom');
  };

  /**
   * The parts of the form that show the chosen framework (its level name, its standards, the
   * change warning). Pasted JSON updates them in place rather than re-rendering the form, so
   * the button being clicked or the control Tab moves to when the box loses focus stays put.
   */
  let frameworkParts: Array<(option: FrameworkOption | undefined) => void> = [];
  const showsFramework = <E extends HTMLElement>(
    element: E,
    update: (element: E, option: FrameworkOption | undefined) => void,
  ): E => {
    update(element, frameworkOption());
    frameworkParts.push((option) => update(element, option));
    return element;
  };
  const updateFrameworkParts = () => {
    const option = frameworkOption();
    for (const update of frameworkParts) update(option);
  };
  const levelNames = (option: FrameworkOption | undefined) => {
    const name = option?.standardName ?? 'Standard';
    return { plural: pluralOf(name), lowerPlural: pluralOf(name.toLowerCase()) };
  };

  const render = () => {
    frameworkParts = [];
    updateYearWarning();
    const frameworkChanged = () =>
      current !== undefined &&
      (form.framework !== current.framework || form.customJson.trim() !== '');
    const removed = (current?.members ?? []).filter(
      (m) => !form.members.some((f) => f.id === m.id),
    );

    const frameworkChoices = [
      ...state.frameworks
        .filter((f) => f.id !== 'custom')
        .map((f) => ({ value: f.id, label: f.label })),
      {
        value: 'custom',
        label: current?.customFrameworkName
          ? `Custom: ${current.customFrameworkName}`
          : 'A custom framework (JSON)',
      },
    ];
    fill(
      root,
      h('h1', {}, state.setUp ? 'Assessment setup' : 'Set up your assessment'),
      h(
        'p',
        { class: 'hint' },
        state.setUp
          ? 'Change anything and save. Ratings already entered are never lost: they are matched by rater and indicator, and anything that no longer fits is kept on a "Kept ratings" sheet.'
          : 'Choose the framework, name your school and year, and list your action team. The add-on builds a rating sheet for each rater, the Ratings table, a live Dashboard and the rest.',
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Framework'),
        ...frameworkChoices.map((choice) =>
          h(
            'label',
            { class: 'choice' },
            h('input', {
              type: 'radio',
              name: 'framework',
              value: choice.value,
              '.checked': form.framework === choice.value,
              change: () => {
                form.framework = choice.value;
                render();
              },
            }),
            ` ${choice.label}`,
          ),
        ),
        form.framework === 'custom'
          ? h(
              'div',
              { class: 'field' },
              h(
                'label',
                { for: 'custom-json' },
                current?.customFrameworkName
                  ? 'Paste a new version of the JSON (leave empty to keep the current one)'
                  : 'Paste the framework JSON, or choose the file',
              ),
              h('textarea', {
                id: 'custom-json',
                rows: 5,
                'data-field': 'framework.json',
                '.value': form.customJson,
                input: (event: Event) => {
                  form.customJson = (event.target as HTMLTextAreaElement).value;
                },
                change: updateFrameworkParts,
              }),
              h('input', {
                type: 'file',
                accept: '.json,application/json',
                'aria-label': 'Framework JSON file',
                change: (event: Event) => {
                  const file = (event.target as HTMLInputElement).files?.[0];
                  if (!file) return;
                  void file.text().then((text) => {
                    form.customJson = text;
                    const box = root.querySelector<HTMLTextAreaElement>('#custom-json');
                    if (box) box.value = text;
                    updateFrameworkParts();
                  });
                },
              }),
              h('div', { class: 'problem', 'data-problem-for': 'framework.json', role: 'alert' }),
            )
          : null,
        h('div', { class: 'problem', 'data-problem-for': 'framework', role: 'alert' }),
        showsFramework(h('div'), (slot) =>
          fill(
            slot,
            frameworkChanged()
              ? h(
                  'p',
                  { class: 'warning' },
                  'Changing the framework moves the ratings already entered to "Kept ratings" (they are not lost, and come back if you change back).',
                )
              : null,
          ),
        ),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, 'School'),
        bind(
          textField('School name', 'schoolName', form.schoolName, { autocomplete: 'organization' }),
          (v) => (form.schoolName = v),
        ),
        bind(
          textField('School year', 'schoolYear', form.schoolYear, {
            placeholder: state.suggestedYear,
          }),
          (v) => {
            form.schoolYear = v;
            updateYearWarning();
          },
        ),
        yearWarning,
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, `Subteams (optional)`),
        showsFramework(h('p', { class: 'hint' }), (hint, option) => {
          hint.textContent = `Split the ${levelNames(option).lowerPlural} between subteams, or leave this empty so everyone rates everything.`;
        }),
        ...form.subteams.map((subteam, i) =>
          h(
            'div',
            { class: 'row-card' },
            bind(
              textField(`Subteam ${i + 1} name`, `subteams[${i}].name`, subteam.name),
              (v) => (subteam.name = v),
            ),
            showsFramework(h('div', { class: 'checks', role: 'group' }), (group, option) => {
              group.setAttribute('aria-label', `${levelNames(option).plural} for subteam ${i + 1}`);
              // Rebuilt only when the standards differ, so a box being ticked is not replaced.
              const standards = JSON.stringify(option?.standards ?? []);
              if (group.dataset.standards === standards) return;
              group.dataset.standards = standards;
              fill(
                group,
                ...(option?.standards ?? []).map((s) =>
                  h(
                    'label',
                    { class: 'check' },
                    h('input', {
                      type: 'checkbox',
                      '.checked': subteam.standardIds.includes(s.id),
                      change: (event: Event) => {
                        const on = (event.target as HTMLInputElement).checked;
                        subteam.standardIds = on
                          ? [...subteam.standardIds, s.id]
                          : subteam.standardIds.filter((x) => x !== s.id);
                      },
                    }),
                    ` ${s.label}`,
                  ),
                ),
              );
            }),
            h('div', {
              class: 'problem',
              'data-problem-for': `subteams[${i}].standardIds`,
              role: 'alert',
            }),
            h(
              'button',
              {
                type: 'button',
                class: 'link',
                click: () => {
                  form.subteams.splice(i, 1);
                  for (const m of form.members) {
                    if (m.subteam === i) m.subteam = null;
                    else if (m.subteam !== null && m.subteam > i) m.subteam--;
                  }
                  render();
                },
              },
              `Remove subteam ${i + 1}`,
            ),
          ),
        ),
        h(
          'button',
          {
            type: 'button',
            click: () => {
              form.subteams.push({ name: '', standardIds: [] });
              render();
            },
          },
          'Add a subteam',
        ),
        form.subteams.length > 0
          ? h(
              'div',
              { class: 'field' },
              h('span', { class: 'label' }, 'Rating sheets'),
              ...(
                [
                  ['per-rater', 'One sheet per rater'],
                  ['per-subteam', 'One sheet per subteam, a column for each member'],
                ] as const
              ).map(([value, label]) =>
                h(
                  'label',
                  { class: 'choice' },
                  h('input', {
                    type: 'radio',
                    name: 'layout',
                    value,
                    '.checked': form.layout === value,
                    change: () => (form.layout = value),
                  }),
                  ` ${label}`,
                ),
              ),
            )
          : null,
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Action team'),
        h(
          'p',
          { class: 'hint' },
          'Everyone who rates: family members, teachers, staff, administrators, students, community partners. Names must differ.',
        ),
        h('div', { class: 'problem', 'data-problem-for': 'members', role: 'alert' }),
        ...form.members.map((member, i) =>
          h(
            'div',
            { class: 'row-card member' },
            bind(
              textField(`Person ${i + 1}`, `members[${i}].name`, member.name, {
                autocomplete: 'off',
              }),
              (v) => (member.name = v),
            ),
            h(
              'div',
              { class: 'inline' },
              bindSelect(
                select(
                  `members[${i}].role`,
                  state.roles.map((r) => ({ value: r.id, label: r.label })),
                  member.role,
                  `Role of person ${i + 1}`,
                ),
                (v) => (member.role = v),
              ),
              form.subteams.length > 0
                ? bindSelect(
                    showsFramework(
                      select(
                        `members[${i}].subteam`,
                        [
                          // "All standards": named by the update below, as the framework says.
                          { value: '', label: '' },
                          ...form.subteams.map((s, j) => ({
                            value: String(j),
                            label: s.name || `Subteam ${j + 1}`,
                          })),
                        ],
                        member.subteam === null ? '' : String(member.subteam),
                        `Subteam of person ${i + 1}`,
                      ),
                      (choice, option) => {
                        const everything = choice.options[0];
                        if (everything)
                          everything.textContent = `All ${levelNames(option).lowerPlural}`;
                      },
                    ),
                    (v) => (member.subteam = v === '' ? null : Number(v)),
                  )
                : null,
              h(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  'aria-label': `Remove person ${i + 1}`,
                  click: () => {
                    form.members.splice(i, 1);
                    render();
                  },
                },
                'Remove',
              ),
            ),
            h('div', { class: 'problem', 'data-problem-for': `members[${i}].role`, role: 'alert' }),
            h('div', {
              class: 'problem',
              'data-problem-for': `members[${i}].subteam`,
              role: 'alert',
            }),
          ),
        ),
        h(
          'button',
          {
            type: 'button',
            click: () => {
              form.members.push({ name: '', role: 'family', subteam: null });
              render();
            },
          },
          'Add a person',
        ),
        h(
          'details',
          {},
          h('summary', {}, 'Paste a list of names'),
          h(
            'p',
            { class: 'hint' },
            'One person a line: name, role (and subteam). For example "Maria Lopez, parent".',
          ),
          h('textarea', {
            id: 'pasted-team',
            rows: 4,
            'aria-label': 'Names and roles, one a line',
          }),
          h(
            'button',
            {
              type: 'button',
              click: () => {
                const area = root.querySelector<HTMLTextAreaElement>('#pasted-team');
                const pasted = parsePastedTeam(area?.value ?? '');
                const emptyFirst =
                  form.members.length === 1 && form.members[0]?.name === '' && !form.members[0]?.id;
                if (emptyFirst) form.members = [];
                for (const p of pasted) {
                  const subteam = p.subteam
                    ? form.subteams.findIndex(
                        (s) => s.name.toLowerCase() === p.subteam?.toLowerCase(),
                      )
                    : -1;
                  form.members.push({
                    name: p.name,
                    role: p.role || 'family',
                    subteam: subteam >= 0 ? subteam : null,
                  });
                }
                render();
              },
            },
            'Add these people',
          ),
        ),
        removed.length > 0
          ? h(
              'p',
              { class: 'warning' },
              `Removing ${removed.map((m) => m.name).join(', ')}: their rating sheets are kept (renamed) and no longer counted.`,
            )
          : null,
      ),
      ...statusAndSubmit(
        root,
        state.setUp ? 'Save' : 'Build the workbook',
        state.setUp
          ? 'Saving and updating the sheets…'
          : 'Building your workbook… (a minute for a large team)',
        async () => {
          if (current && yearChanged() && !yearConfirmed()) {
            const { unconfirmed } = schoolYearChangeWarning(current.schoolYear, form.schoolYear);
            return {
              ok: true,
              value: { ok: false, problems: [{ field: 'schoolYear', message: unconfirmed }] },
            };
          }
          const request: SetupRequest = {
            schoolName: form.schoolName,
            schoolYear: form.schoolYear,
            framework:
              form.framework === 'custom'
                ? { source: 'custom', ...(form.customJson.trim() ? { json: form.customJson } : {}) }
                : { source: form.framework },
            layout: form.subteams.length > 0 ? form.layout : 'per-rater',
            subteams: form.subteams,
            members: form.members.map((m) => ({
              ...(m.id && savedIds.has(m.id) ? { id: m.id } : {}),
              name: m.name,
              role: m.role,
              subteam: m.subteam,
            })),
          };
          const result = await call<SetupResponse>('saveSetup', request);
          if (!result.ok || !result.value.ok) return result as never;
          return {
            ok: true,
            value: { ok: true, lines: [result.value.summary, ...result.value.notices] },
          };
        },
      ),
    );
  };
  render();
}

function bind(field: HTMLElement, set: (value: string) => void): HTMLElement {
  field
    .querySelector('input')
    ?.addEventListener('input', (event) => set((event.target as HTMLInputElement).value));
  return field;
}

function bindSelect(element: HTMLSelectElement, set: (value: string) => void): HTMLSelectElement {
  element.addEventListener('change', () => set(element.value));
  return element;
}
