import type { DocumentModel } from '../../document-model';

/**
 * Everything a form asks, as text: each field's label, its group's question and its options, plus
 * the text inside the form (labels that are not linked to their fields still show the question).
 * A page whose forms are not marked up as such (a copied form in plain text) offers all its text.
 */
export function formTexts(model: DocumentModel): string[] {
  const texts: string[] = [];
  for (const control of model.controls) {
    const parts = [
      control.groupLabel,
      control.label,
      control.placeholder,
      ...(control.options ?? []),
    ];
    texts.push(parts.filter(Boolean).join(' \n '));
  }
  // Radio buttons name one option each: join a group's options so "English, Español" reads as a list.
  const groups = new Map<string, string[]>();
  for (const control of model.controls) {
    if (!control.groupLabel && !control.name) continue;
    const key = `${control.formRef ?? ''}|${control.groupLabel ?? control.name}`;
    const list = groups.get(key) ?? [];
    if (control.label) list.push(control.label);
    groups.set(key, list);
  }
  for (const labels of groups.values()) texts.push(labels.join(' \n '));
  const inForm = model.blocks.filter((b) => b.inForm);
  for (const block of inForm.length > 0 ? inForm : model.blocks) texts.push(block.text);
  return texts;
}
