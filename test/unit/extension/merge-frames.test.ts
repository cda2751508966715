import { describe, expect, test } from 'vitest';
import { mergeFrameModels } from '../../../extension/background/merge-frames';
import type { DocumentModel } from '../../../shared/checker';

function model(over: Partial<DocumentModel>): DocumentModel {
  return {
    title: '',
    mainContent: 'whole-body',
    blocks: [],
    links: [],
    images: [],
    controls: [],
    tables: [],
    langAttributes: [],
    isForm: false,
    ...over,
  };
}

const top = model({
  title: 'Volunteer sign-up',
  url: 'http://127.0.0.1/form-frame.html',
  htmlLang: 'en',
  mainContent: 'readability',
  blocks: [
    {
      ref: 0,
      kind: 'heading',
      headingLevel: 1,
      text: 'Volunteer with the PTA',
      inMainContent: true,
    },
    { ref: 2, kind: 'paragraph', text: 'Fill in the form below.', inMainContent: true },
  ],
  links: [{ ref: 1, text: 'PTA', href: '/pta', blockRef: 0 }],
  translateWidgets: [{ kind: 'google-translate', ref: 3 }],
  notes: ['top note'],
});

const frame = model({
  title: 'Sign-up form',
  blocks: [{ ref: 0, kind: 'label', text: 'Your name *', inMainContent: true }],
  controls: [
    {
      ref: 1,
      tag: 'input',
      type: 'text',
      label: 'Your name *',
      labelSource: 'label',
      required: true,
      requiredMarked: true,
      formRef: 4,
    },
  ],
  isForm: true,
  translateWidgets: [{ kind: 'google-translate' }],
  notes: ['top note'],
});

describe('merging the models of a page and its frames', () => {
  const merged = mergeFrameModels([
    { frameId: 7, isTop: false, url: 'http://127.0.0.1/form-inner.html', model: frame },
    { frameId: 0, isTop: true, url: 'http://127.0.0.1/form-frame.html', model: top },
  ]);

  test('the top frame comes first and gives the title, URL, lang and main-content method', () => {
    expect(merged.model.title).toBe('Volunteer sign-up');
    expect(merged.model.url).toBe('http://127.0.0.1/form-frame.html');
    expect(merged.model.htmlLang).toBe('en');
    expect(merged.model.mainContent).toBe('readability');
    expect(merged.model.blocks.map((b) => b.text)).toEqual([
      'Volunteer with the PTA',
      'Fill in the form below.',
      'Your name *',
    ]);
  });

  test('refs stay unique, and every ref pointer follows its node', () => {
    const refs = [
      ...merged.model.blocks.map((b) => b.ref),
      ...merged.model.links.map((l) => l.ref),
      ...merged.model.controls.map((c) => c.ref),
    ];
    expect(new Set(refs).size).toBe(refs.length);
    expect(merged.model.links[0]?.blockRef).toBe(merged.model.blocks[0]?.ref);
    const control = merged.model.controls[0];
    // The frame's refs are shifted past the top frame's highest ref (4 refs: 0..3 -> offset 4).
    expect(control?.ref).toBe(5);
    expect(control?.formRef).toBe(8);
  });

  test('each merged ref remembers its frame and its ref there, for highlighting', () => {
    const label = merged.model.blocks[2];
    expect(merged.origins.get(label?.ref ?? -1)).toEqual({ frameId: 7, localRef: 0 });
    expect(merged.origins.get(merged.model.blocks[1]?.ref ?? -1)).toEqual({
      frameId: 0,
      localRef: 2,
    });
  });

  test('a form in any frame makes it a form; widgets and notes are not repeated', () => {
    expect(merged.model.isForm).toBe(true);
    expect(merged.model.translateWidgets).toEqual([{ kind: 'google-translate', ref: 3 }]);
    expect(merged.model.notes).toEqual(['top note']);
  });

  test('a page with one frame is unchanged', () => {
    const single = mergeFrameModels([{ frameId: 0, isTop: true, url: '', model: top }]);
    expect(single.model).toEqual(top);
  });

  test('no frames is an error, not an empty report', () => {
    expect(() => mergeFrameModels([])).toThrow(/No frame/);
  });
});
