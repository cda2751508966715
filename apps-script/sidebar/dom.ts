/** A small element builder: attributes, properties (when the key starts with "."), and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined | ((event: Event) => void)> = {},
  ...children: Array<Node | string | null | undefined | false>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(key.replace(/^on/, ''), value);
    else if (key.startsWith('.'))
      (element as unknown as Record<string, unknown>)[key.slice(1)] = value;
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

let counter = 0;
export function uid(prefix: string): string {
  counter++;
  return `${prefix}-${counter}`;
}

/** A labelled text input; `field` names it for server problems ("members[2].name"). */
export function textField(
  label: string,
  field: string,
  value: string,
  extra: Record<string, string> = {},
): HTMLElement {
  const id = uid('f');
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h('input', { id, type: 'text', 'data-field': field, '.value': value, ...extra }),
    h('div', { class: 'problem', 'data-problem-for': field, role: 'alert' }),
  );
}

export function select(
  field: string,
  options: Array<{ value: string; label: string }>,
  selected: string,
  label: string,
): HTMLSelectElement {
  return h(
    'select',
    { 'data-field': field, 'aria-label': label },
    ...options.map((o) =>
      h('option', { value: o.value, '.selected': o.value === selected }, o.label),
    ),
  );
}

export function clearProblems(root: HTMLElement): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-problem-for]')) el.textContent = '';
  for (const el of root.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
}

/** Shows each problem under the input it concerns, and the rest in the status line. */
export function showProblems(
  root: HTMLElement,
  problems: Array<{ field: string; message: string }>,
): void {
  clearProblems(root);
  const general: string[] = [];
  for (const p of problems) {
    const slot = root.querySelector<HTMLElement>(`[data-problem-for="${CSS.escape(p.field)}"]`);
    if (slot) {
      slot.textContent = slot.textContent ? `${slot.textContent} ${p.message}` : p.message;
      root
        .querySelector(`[data-field="${CSS.escape(p.field)}"]`)
        ?.setAttribute('aria-invalid', 'true');
    } else {
      general.push(p.message);
    }
  }
  const status = root.querySelector<HTMLElement>('[data-status]');
  if (status) {
    status.className = 'status error';
    status.textContent = [
      `Please fix ${problems.length === 1 ? 'this' : `these ${problems.length} things`} first.`,
      ...general,
    ].join(' ');
  }
  root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

export function setStatus(
  root: HTMLElement,
  kind: 'info' | 'error' | 'done',
  ...lines: string[]
): void {
  const status = root.querySelector<HTMLElement>('[data-status]');
  if (!status) return;
  status.className = `status ${kind}`;
  status.replaceChildren(...lines.map((line) => h('p', {}, line)));
}

/** Replaces an element's children, skipping the empty slots a conditional leaves. */
export function fill(
  root: HTMLElement,
  ...children: Array<Node | string | null | undefined | false>
): void {
  root.replaceChildren(
    ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
}

/**
 * The status line and the main button of a form: while `submit` runs, the button is disabled and
 * the status says `busy`; then the result (or the problems, field by field) is shown.
 */
export function statusAndSubmit(
  root: HTMLElement,
  label: string,
  busy: string,
  submit: () => Promise<
    | { ok: false; message: string }
    | {
        ok: true;
        value:
          | { ok: false; problems: Array<{ field: string; message: string }> }
          | { ok: true; lines: string[] };
      }
  >,
): HTMLElement[] {
  return [
    h('div', { 'data-status': '', class: 'status', role: 'status' }),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'submit',
          class: 'primary',
          click: async (event: Event) => {
            const button = event.currentTarget as HTMLButtonElement;
            button.disabled = true;
            clearProblems(root);
            setStatus(root, 'info', busy);
            const result = await submit();
            button.disabled = false;
            if (!result.ok) return setStatus(root, 'error', result.message);
            if (!result.value.ok) return showProblems(root, result.value.problems);
            setStatus(root, 'done', ...result.value.lines);
          },
        },
        label,
      ),
    ),
  ];
}
