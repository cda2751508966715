import type { FormControlInfo } from '../document-model';
import { collapseWhiteSpace } from './block-text';
import { idScope, isElement, isHiddenByMarkup, isText, textOf, textOfIdRefs } from './dom';

/** `<input>` types that are buttons or carry no answer: not questions a family fills in. */
const NON_FIELD_INPUTS = new Set(['hidden', 'submit', 'reset', 'button', 'image']);

/**
 * ARIA roles of custom controls. Google Forms and many survey tools draw radios, checkboxes and
 * drop-downs as `<div role=...>`, not native inputs.
 */
const CONTROL_ROLES = new Set([
  'radio',
  'checkbox',
  'textbox',
  'combobox',
  'listbox',
  'switch',
  'searchbox',
  'spinbutton',
  'slider',
]);

/** What the walk knows about the group a control sits in: a fieldset or an ARIA (radio)group. */
export interface ControlGroup {
  label?: string;
  required: boolean;
}

export interface PendingControl {
  ref: number;
  element: Element;
  native: boolean;
  tag: string;
  type: string;
  wrappingLabel: Element | null;
  group: ControlGroup | null;
  formRef?: number;
}

/** The control kind of an element, or undefined when it is not a form field. */
export function controlKind(
  element: Element,
): { native: boolean; tag: string; type: string } | undefined {
  const tag = element.localName;
  if (tag === 'input') {
    const type = (element.getAttribute('type') ?? 'text').trim().toLowerCase() || 'text';
    if (NON_FIELD_INPUTS.has(type)) return undefined;
    return { native: true, tag, type };
  }
  if (tag === 'select') {
    return {
      native: true,
      tag,
      type: element.hasAttribute('multiple') ? 'select-multiple' : 'select-one',
    };
  }
  if (tag === 'textarea') return { native: true, tag, type: 'textarea' };
  const role = element.getAttribute('role')?.trim().toLowerCase();
  if (role && CONTROL_ROLES.has(role)) return { native: false, tag: role, type: role };
  return undefined;
}

/** The name of a fieldset (its first legend) or of a `role=radiogroup`/`group`. */
export function groupFor(element: Element, parent: ControlGroup | null): ControlGroup | undefined {
  const tag = element.localName;
  if (tag === 'fieldset') {
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      if (child.localName === 'legend') {
        return { label: textOf(child, { withAlt: true }) || undefined, required: false };
      }
    }
    return { required: false };
  }
  const role = element.getAttribute('role')?.trim().toLowerCase();
  if (role === 'radiogroup' || role === 'group') {
    const label = ariaName(element);
    return {
      label: label || parent?.label,
      required: element.getAttribute('aria-required') === 'true',
    };
  }
  return undefined;
}

function ariaName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = textOfIdRefs(element, labelledBy);
    if (text) return text;
  }
  return collapseWhiteSpace(element.getAttribute('aria-label') ?? '');
}

const REQUIRED_IN_TEXT = /\*|\brequired\b|\bobligatori[oa]s?\b|\brequerid[oa]s?\b|\bobligatoire\b/i;

/**
 * Resolves each control's accessible label once the whole page has been walked, because a
 * `<label for>` may come after its control. Precedence follows the accessible-name computation:
 * aria-labelledby, aria-label, `<label>`, then title; ARIA controls fall back to their content.
 */
export function resolveControls(
  pending: PendingControl[],
  labelsFor: Map<string, Element[]>,
): FormControlInfo[] {
  const labelTexts = new Map<Element, string>();
  const labelText = (label: Element) => {
    let text = labelTexts.get(label);
    if (text === undefined) {
      text = textOf(label, { withAlt: true });
      labelTexts.set(label, text);
    }
    return text;
  };
  return pending.map((control) => {
    const { element } = control;
    let label: string | undefined;
    let labelSource: FormControlInfo['labelSource'] = 'none';
    const labelledBy = element.getAttribute('aria-labelledby');
    const ariaLabel = collapseWhiteSpace(element.getAttribute('aria-label') ?? '');
    if (labelledBy && textOfIdRefs(element, labelledBy)) {
      label = textOfIdRefs(element, labelledBy);
      labelSource = 'aria-labelledby';
    } else if (ariaLabel) {
      label = ariaLabel;
      labelSource = 'aria-label';
    } else {
      const texts: string[] = [];
      if (control.native) {
        if (control.wrappingLabel) texts.push(labelText(control.wrappingLabel));
        const id = element.getAttribute('id');
        for (const forLabel of id ? (labelsFor.get(id) ?? []) : []) {
          if (forLabel !== control.wrappingLabel) texts.push(labelText(forLabel));
        }
      }
      const fromLabels = collapseWhiteSpace(texts.join(' '));
      const title = collapseWhiteSpace(element.getAttribute('title') ?? '');
      if (fromLabels) {
        label = fromLabels;
        labelSource = 'label';
      } else if (title) {
        label = title;
        labelSource = 'title';
      } else if (!control.native) {
        const content = textOf(element, { withAlt: true });
        if (content) {
          label = content;
          labelSource = 'content';
        }
      }
    }
    const placeholder = collapseWhiteSpace(
      element.getAttribute('placeholder') ?? element.getAttribute('aria-placeholder') ?? '',
    );
    const ariaRequired = element.getAttribute('aria-required') === 'true';
    const required = element.hasAttribute('required') || ariaRequired || !!control.group?.required;
    const requiredMarked =
      ariaRequired ||
      REQUIRED_IN_TEXT.test(label ?? '') ||
      REQUIRED_IN_TEXT.test(control.group?.label ?? '');
    const options = optionsOf(element, control.type);
    const name = element.getAttribute('name') ?? undefined;
    const info: FormControlInfo = {
      ref: control.ref,
      tag: control.tag,
      type: control.type,
      labelSource,
      required,
      requiredMarked,
    };
    if (name) info.name = name;
    if (label) info.label = label;
    if (placeholder) info.placeholder = placeholder;
    if (control.group?.label) info.groupLabel = control.group.label;
    if (options) info.options = options;
    if (control.formRef !== undefined) info.formRef = control.formRef;
    const isChoice = CHOICE_TYPES.has(control.type);
    // Only a field without a name of its own (or a choice without its question) needs the text
    // around it to be named in messages.
    if (!label || (isChoice && !info.groupLabel)) {
      const before = textBefore(element);
      if (before) info.textBefore = before;
    }
    if (!label && isChoice) {
      const after = textAfter(element);
      if (after) info.textAfter = after;
    }
    return info;
  });
}

function optionsOf(element: Element, type: string): string[] | undefined {
  if (
    type !== 'select-one' &&
    type !== 'select-multiple' &&
    type !== 'listbox' &&
    type !== 'combobox'
  ) {
    return undefined;
  }
  const options: string[] = [];
  const stack: Element[] = [element];
  while (stack.length > 0 && options.length < 500) {
    const node = stack.pop() as Element;
    const isOption = node.localName === 'option' || node.getAttribute('role') === 'option';
    if (isOption && node !== element) {
      const text = node.getAttribute('aria-label') || textOf(node, { includeHidden: true });
      if (text) options.push(collapseWhiteSpace(text));
      continue;
    }
    for (let child = node.lastElementChild; child; child = child.previousElementSibling) {
      if (isElement(child)) stack.push(child);
    }
  }
  // A native list's options come from its own children; an ARIA combobox may point at its list.
  if (options.length === 0 && type === 'combobox') {
    const listId = element.getAttribute('aria-controls') ?? element.getAttribute('aria-owns');
    const list = listId ? idScope(element)?.getElementById(listId) : null;
    if (list) return optionsOf(list, 'listbox');
  }
  return options.length > 0 ? options : undefined;
}

const CHOICE_TYPES = new Set(['radio', 'checkbox', 'switch']);
/** Text near a field is for naming it in a message: its last (or first) 80 characters do. */
const NEARBY_MAX = 80;
/** Nodes looked at before giving up on nearby text (a form drawn in many empty wrappers). */
const NEARBY_STEPS = 60;
/** Elements whose edge ends the text that goes with a choice ("<br>", a new paragraph or row). */
const CHOICE_TEXT_ENDS = new Set(['br', 'p', 'div', 'li', 'tr', 'td', 'th', 'fieldset', 'form']);
const CONTROL_SELECTOR = `input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea, ${[
  ...CONTROL_ROLES,
]
  .map((role) => `[role=${role}]`)
  .join(', ')}`;

function isOrHasControl(element: Element): boolean {
  return controlKind(element) !== undefined || element.querySelector(CONTROL_SELECTOR) !== null;
}

function visibleText(node: Node): string {
  if (isText(node)) return collapseWhiteSpace(node.data);
  if (!isElement(node) || isHiddenByMarkup(node)) return '';
  if (['script', 'style', 'template', 'noscript'].includes(node.localName)) return '';
  return textOf(node, { withAlt: true });
}

/**
 * The nearest text before a field in document order, inside its form: the question or heading
 * written above a field that no label names ("Your child's name" in a paragraph before the
 * input). Stops at another field, whose text belongs to it. The last 80 characters, cut at a word.
 */
function textBefore(element: Element): string | undefined {
  let node: Node = element;
  for (let steps = 0; steps < NEARBY_STEPS; steps++) {
    const previous = node.previousSibling;
    if (!previous) {
      const parent = node.parentElement;
      if (!parent || parent.localName === 'form' || parent.localName === 'body') return undefined;
      node = parent;
      continue;
    }
    node = previous;
    if (isElement(node) && isOrHasControl(node)) return undefined;
    const text = visibleText(node);
    if (text) return followsChoice(node) ? undefined : tail(text);
  }
  return undefined;
}

/**
 * The text right after a radio button or check box, up to the next field or line: what a family
 * reads as the choice ("<input type=radio> Morning") when no label is tied to it.
 */
function textAfter(element: Element): string | undefined {
  let text = '';
  for (let node = element.nextSibling; node && text.length < NEARBY_MAX; node = node.nextSibling) {
    if (isElement(node) && (CHOICE_TEXT_ENDS.has(node.localName) || isOrHasControl(node))) break;
    text += ` ${visibleText(node)}`;
  }
  const choice = collapseWhiteSpace(text);
  return choice ? head(choice) : undefined;
}

/** Whether text is the words after a radio button or check box on the same line ("Evening"). */
function followsChoice(node: Node): boolean {
  for (let before = node.previousSibling; before; before = before.previousSibling) {
    if (!isElement(before)) continue;
    if (CHOICE_TEXT_ENDS.has(before.localName)) return false;
    const kind = controlKind(before);
    if (kind) return CHOICE_TYPES.has(kind.type);
    if (isOrHasControl(before)) return false;
  }
  return false;
}

function tail(text: string): string {
  if (text.length <= NEARBY_MAX) return text;
  const cut = text.slice(-NEARBY_MAX);
  const space = cut.indexOf(' ');
  return `…${space >= 0 ? cut.slice(space + 1) : cut}`;
}

function head(text: string): string {
  if (text.length <= NEARBY_MAX) return text;
  const cut = text.slice(0, NEARBY_MAX);
  const space = cut.lastIndexOf(' ');
  return `${space >= 0 ? cut.slice(0, space) : cut}…`;
}
