import type { SetupResponse, SidebarState } from '../../setup/sidebar-protocol';
import { fill, h, select, statusAndSubmit, textField } from '../dom';
import { call } from '../server';

/** "Add rater…": one person, their role, and (if there are subteams) their subteam. */
export function addRaterView(root: HTMLElement, state: SidebarState): void {
  const subteams = state.current?.subteams ?? [];
  const form = { name: '', role: 'family', subteam: '' };
  const name = textField('Name', 'name', '', { autocomplete: 'off' });
  name
    .querySelector('input')
    ?.addEventListener('input', (e) => (form.name = (e.target as HTMLInputElement).value));
  const role = select(
    'role',
    state.roles.map((r) => ({ value: r.id, label: r.label })),
    form.role,
    'Role',
  );
  role.addEventListener('change', () => (form.role = role.value));
  const subteam = select(
    'subteam',
    [
      { value: '', label: 'Everything' },
      ...subteams.map((s, i) => ({ value: String(i), label: s.name })),
    ],
    '',
    'Subteam',
  );
  subteam.addEventListener('change', () => (form.subteam = subteam.value));
  fill(
    root,
    h('h1', {}, 'Add a rater'),
    h(
      'p',
      { class: 'hint' },
      `They get ${state.current?.layout === 'per-subteam' ? 'their own columns on their subteam’s rating sheet' : 'their own rating sheet'}; nobody else’s ratings change.`,
    ),
    name,
    h(
      'div',
      { class: 'field' },
      h('span', { class: 'label' }, 'Role'),
      role,
      h('div', { class: 'problem', 'data-problem-for': 'role', role: 'alert' }),
    ),
    subteams.length > 0
      ? h('div', { class: 'field' }, h('span', { class: 'label' }, 'Subteam'), subteam)
      : null,
    ...statusAndSubmit(root, 'Add', 'Adding…', async () => {
      const result = await call<SetupResponse>('addRater', {
        name: form.name,
        role: form.role,
        subteam: form.subteam === '' ? null : Number(form.subteam),
      });
      if (!result.ok || !result.value.ok) return result as never;
      return {
        ok: true,
        value: {
          ok: true,
          lines: [
            `${form.name.trim()} is on the team.`,
            result.value.summary,
            ...result.value.notices,
          ],
        },
      };
    }),
  );
  root.querySelector('input')?.focus();
}
