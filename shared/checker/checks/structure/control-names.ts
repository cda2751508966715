import type { FormControlInfo } from '../../document-model';

/**
 * How messages name a form field: by what families see on the page (its label, the question or
 * legend above it, the text next to it), never by its HTML `name` attribute, which only the
 * form's builder knows. With nothing visible to go by, by its kind and place ("the 2nd text
 * field", "the 3rd radio group").
 */

const KIND_NAMES: Record<string, string> = {
  text: 'text field',
  email: 'e-mail field',
  tel: 'phone number field',
  number: 'number field',
  date: 'date field',
  time: 'time field',
  'datetime-local': 'date and time field',
  month: 'month field',
  week: 'week field',
  url: 'web address field',
  password: 'password field',
  search: 'search field',
  file: 'file upload',
  range: 'slider',
  color: 'colour picker',
  radio: 'radio button',
  checkbox: 'check box',
  'select-one': 'drop-down',
  'select-multiple': 'list',
  textarea: 'text box',
  textbox: 'text field',
  searchbox: 'search field',
  combobox: 'drop-down',
  listbox: 'list',
  switch: 'switch',
  spinbutton: 'number field',
  slider: 'slider',
};

const CHOICES = new Set(['radio', 'checkbox', 'switch']);

/** "text field", "radio button", "drop-down"... */
export function kindName(control: FormControlInfo): string {
  return KIND_NAMES[control.type] ?? 'field';
}

/** The controls answering one question: a native radio group or same-named check boxes, or the control alone. */
export function groupOf(
  control: FormControlInfo,
  controls: readonly FormControlInfo[],
): FormControlInfo[] {
  if (!CHOICES.has(control.type) || control.tag !== 'input' || !control.name) return [control];
  const key = groupKey(control);
  return controls.filter((c) => c.tag === 'input' && c.name && groupKey(c) === key);
}

function groupKey(control: FormControlInfo): string {
  return `${control.formRef ?? ''}|${control.type}|${control.name}`;
}

/** The question a choice answers as families read it: its group's legend, else the text before the group. */
export function questionOf(group: readonly FormControlInfo[]): string | undefined {
  const first = group[0];
  return group.find((c) => c.groupLabel)?.groupLabel ?? first?.textBefore;
}

/**
 * A field as the subject of a sentence, without its capital: `the text field after "Your child's
 * name"`, `the choice "Morning" under "Which time works best?"`, `a radio button in the 2nd radio
 * group`.
 */
export function describeControl(
  control: FormControlInfo,
  controls: readonly FormControlInfo[],
): string {
  const kind = kindName(control);
  if (CHOICES.has(control.type)) {
    const group = groupOf(control, controls);
    // A lone check box ("I need an interpreter") answers no question of its own.
    const question =
      group.length > 1 || control.type === 'radio' ? questionOf(group) : control.groupLabel;
    const choice = control.label ?? control.textAfter;
    if (choice) return `the choice "${choice}"${question ? ` under "${question}"` : ''}`;
    if (question) return `a ${kind} under "${question}"`;
    if (group.length > 1) return `a ${kind} in ${placeOf(control, controls)}`;
    return placeOf(control, controls);
  }
  if (control.label) return `the ${kind} "${control.label}"`;
  if (control.groupLabel) return `the ${kind} under "${control.groupLabel}"`;
  if (control.textBefore) return `the ${kind} after "${control.textBefore}"`;
  return placeOf(control, controls);
}

/**
 * The question a field answers, as the subject of a sentence: `"Which time works best?"` (quoted
 * when it is the page's own words), else the field as `describeControl` names it, for a whole
 * radio group `the 2nd radio group`.
 */
export function describeQuestion(
  control: FormControlInfo,
  controls: readonly FormControlInfo[],
): string {
  const group = groupOf(control, controls);
  if (group.length > 1 || control.type === 'radio') {
    const question = questionOf(group);
    return question ? `"${question}"` : placeOf(control, controls);
  }
  const own = control.groupLabel ?? control.label;
  return own ? `"${own}"` : describeControl(control, controls);
}

/**
 * "the 3rd radio group", "the 2nd e-mail field": the control's place among the form's fields of
 * its kind, counting a radio group (or same-named check boxes) once.
 */
function placeOf(control: FormControlInfo, controls: readonly FormControlInfo[]): string {
  const kind = kindName(control);
  const isGroup = groupOf(control, controls).length > 1 || control.type === 'radio';
  const seen = new Set<string>();
  let place = 0;
  for (const other of controls) {
    if (kindName(other) !== kind) continue;
    const otherIsGroup = groupOf(other, controls).length > 1 || other.type === 'radio';
    if (otherIsGroup !== isGroup) continue;
    const key = otherIsGroup && other.name ? groupKey(other) : `#${other.ref}`;
    if (seen.has(key)) continue;
    seen.add(key);
    place++;
    if (other === control || (isGroup && control.name && key === groupKey(control))) break;
  }
  // Only native radios and check boxes form groups by name.
  const noun = isGroup ? (control.type === 'radio' ? 'radio group' : 'group of check boxes') : kind;
  return `the ${ordinal(place)} ${noun}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** The sentence-start form of a phrase. */
export function capitalise(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
