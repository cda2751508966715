import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../shared/checker/node';

const blocks = (text: string) => extractFromText(text).blocks.map((b) => [b.kind, b.text, b.line]);

describe('extractFromText', () => {
  it('makes a block of each paragraph and keeps line numbers', () => {
    expect(
      blocks('Dear Families,\n\nOur spring concert is on May 3.\nDoors open at 6 p.m.\n'),
    ).toEqual([
      ['paragraph', 'Dear Families,', 1],
      ['paragraph', 'Our spring concert is on May 3.', 3],
      ['paragraph', 'Doors open at 6 p.m.', 4],
    ]);
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const text =
      'Thank you to all of the volunteers who helped at the book fair this\nweek. We raised enough to buy new books for every classroom in the\nbuilding.';
    expect(blocks(text)).toEqual([
      [
        'paragraph',
        'Thank you to all of the volunteers who helped at the book fair this week. We raised enough to buy new books for every classroom in the building.',
        1,
      ],
    ]);
  });

  it('keeps short lines without end punctuation apart (form questions, headings)', () => {
    expect(blocks('Roosevelt Survey\nEmail *\nOur school welcomes all families. *\nPhone')).toEqual(
      [
        ['paragraph', 'Roosevelt Survey', 1],
        ['paragraph', 'Email *', 2],
        ['paragraph', 'Our school welcomes all families. *', 3],
        ['paragraph', 'Phone', 4],
      ],
    );
  });

  it('recognises # headings and list items', () => {
    expect(
      blocks('## Upcoming events\n- Book fair\n* Field day\n1. Picture day\n2) Concert'),
    ).toEqual([
      ['heading', 'Upcoming events', 1],
      ['list-item', 'Book fair', 2],
      ['list-item', 'Field day', 3],
      ['list-item', 'Picture day', 4],
      ['list-item', 'Concert', 5],
    ]);
    expect(extractFromText('## Upcoming events').blocks[0]?.headingLevel).toBe(2);
  });

  it('turns Markdown links and images into links and images', () => {
    const m = extractFromText(
      'Read it [en Español](https://example.org/es) ![School logo](logo.png) today.',
    );
    expect(m.blocks[0]?.text).toBe('Read it en Español today.');
    expect(m.links).toEqual([
      expect.objectContaining({
        text: 'en Español',
        href: 'https://example.org/es',
        blockRef: m.blocks[0]?.ref,
      }),
    ]);
    expect(m.images).toEqual([expect.objectContaining({ src: 'logo.png', alt: 'School logo' })]);
  });

  it('skips the front matter of static-site pages and takes their title', () => {
    const text = [
      '---',
      'tags:',
      '  - events',
      'title: "Family Picnic on June 3"',
      'date: 2024-05-20T19:28:51.433Z',
      'thumbnail: ""',
      '---',
      '# Family Picnic',
      '',
      'Bring a blanket and join us on the field.',
    ].join('\n');
    const model = extractFromText(text);
    expect(model.title).toBe('Family Picnic on June 3');
    expect(model.blocks.map((b) => [b.kind, b.text, b.line])).toEqual([
      ['heading', 'Family Picnic', 8],
      ['paragraph', 'Bring a blanket and join us on the field.', 10],
    ]);
    const toml = extractFromText('+++\ntitle = "Noticias de la AMPA"\n+++\nHola, familias.');
    expect(toml.title).toBe('Noticias de la AMPA');
    expect(toml.blocks.map((b) => b.text)).toEqual(['Hola, familias.']);
  });

  it('keeps text between divider lines that is not front matter', () => {
    expect(blocks('---\nDear Families,\nthe book fair starts Monday.\n---\nThanks!')).toEqual([
      ['paragraph', '---', 1],
      ['paragraph', 'Dear Families, the book fair starts Monday.', 2],
      ['paragraph', '---', 4],
      ['paragraph', 'Thanks!', 5],
    ]);
    expect(blocks('---\nReminder: no school Friday.\n')).toEqual([
      ['paragraph', '---', 1],
      ['paragraph', 'Reminder: no school Friday.', 2],
    ]);
  });

  it('handles CRLF, a BOM, and empty input', () => {
    expect(blocks('\uFEFFOne.\r\n\r\nTwo.')).toEqual([
      ['paragraph', 'One.', 1],
      ['paragraph', 'Two.', 3],
    ]);
    const empty = extractFromText('');
    expect(empty.blocks).toEqual([]);
    expect(empty.title).toBe('');
  });

  it('treats text copied from a form as a form', () => {
    expect(extractFromText('Survey\nName *\nEmail *\nPhone *').isForm).toBe(true);
    expect(extractFromText('Dear families,\n\nSee you soon.').isForm).toBe(false);
  });

  it('uses the first line as the title and marks everything main content', () => {
    const m = extractFromText('Weekly Update\n\nHello.');
    expect(m.title).toBe('Weekly Update');
    expect(m.mainContent).toBe('plain-text');
    expect(m.blocks.every((b) => b.inMainContent)).toBe(true);
    expect(m.htmlLang).toBeUndefined();
  });
});
