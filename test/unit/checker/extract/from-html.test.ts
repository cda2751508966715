import { describe, expect, it } from 'vitest';
import {
  extractFromDocument,
  extractFromHtml,
  parseHtmlDocument,
  positionToBoundaries,
} from '../../../../shared/checker/node';

const model = (html: string) => extractFromHtml(html).model;
const texts = (html: string) => model(html).blocks.map((b) => b.text);

describe('text blocks', () => {
  it('ends a block at headings, list items, cells, captions, labels and legends', () => {
    const m = model(`<div>Intro text<h2>Dates</h2>After heading<ul><li>One</li><li>Two</li></ul>
      <table><caption>Schedule</caption><tr><th>Day</th><td>Monday</td></tr></table>
      <form><fieldset><legend>Your child</legend><label>Name <input></label></fieldset></form></div>`);
    expect(m.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Intro text'],
      ['heading', 'Dates'],
      ['paragraph', 'After heading'],
      ['list-item', 'One'],
      ['list-item', 'Two'],
      ['caption', 'Schedule'],
      ['table-cell', 'Day'],
      ['table-cell', 'Monday'],
      ['legend', 'Your child'],
      ['label', 'Name'],
    ]);
    expect(m.blocks[1]?.headingLevel).toBe(2);
  });

  it('splits paragraphs at <br><br> and keeps a single <br> as a line break', () => {
    expect(texts('<p>First line<br>second line<br> <br>New paragraph</p>')).toEqual([
      'First line\nsecond line',
      'New paragraph',
    ]);
  });

  it('collapses white space and keeps inline elements in their block', () => {
    expect(texts('<p>  Hello\n\t <b>dear</b>   <a href="#">families</a>! </p>')).toEqual([
      'Hello dear families!',
    ]);
  });

  it('ignores scripts, styles, templates and hidden elements', () => {
    expect(
      texts(`<p>Shown</p><script>var x = "script"</script><style>p{}</style><template><p>tpl</p></template>
      <p hidden>a</p><p aria-hidden="true">b</p><p style="color:red; display: none">c</p>
      <p style="visibility:hidden">d</p><dialog>e</dialog><noscript>f</noscript><p>Also shown</p>`),
    ).toEqual(['Shown', 'Also shown']);
  });

  it('lets the caller hide elements by computed style', () => {
    const document = parseHtmlDocument('<p class="x">Hidden by a style sheet</p><p>Shown</p>');
    const { model: m } = extractFromDocument(document, {
      isHidden: (el) => el.getAttribute('class') === 'x',
    });
    expect(m.blocks.map((b) => b.text)).toEqual(['Shown']);
  });

  it('records the nearest lang and every lang attribute with a sample', () => {
    const m = model(
      '<html lang="en"><body><p>English text</p><div lang="es"><p>Texto en español</p></div></body></html>',
    );
    expect(m.htmlLang).toBe('en');
    expect(m.blocks.map((b) => b.lang)).toEqual(['en', 'es']);
    expect(m.langAttributes).toEqual([
      expect.objectContaining({ lang: 'es', sample: 'Texto en español' }),
    ]);
  });

  it('reports a missing html lang as null', () => {
    expect(model('<html><body><p>x</p></body></html>').htmlLang).toBeNull();
  });

  it('marks justified blocks from inline style and the align attribute', () => {
    const m = model(
      '<div style="text-align: justify"><p>Justified</p><p style="text-align:left">Left</p></div><p align="justify">Old</p>',
    );
    expect(m.blocks.map((b) => b.justified ?? false)).toEqual([true, false, true]);
  });

  it('gives every block, link, image, control and table a unique ref pointing at its element', () => {
    const { model: m, refs } = extractFromHtml(
      '<p>See <a href="/a">this</a> <img src="x.png" alt="x"></p><table><tr><td>1</td></tr></table><input aria-label="Name">',
    );
    const all = [...m.blocks, ...m.links, ...m.images, ...m.controls, ...m.tables].map(
      (n) => n.ref,
    );
    expect(new Set(all).size).toBe(all.length);
    expect(refs.get(m.links[0]!.ref)?.localName).toBe('a');
    expect(refs.get(m.images[0]!.ref)?.localName).toBe('img');
    expect(refs.get(m.tables[0]!.ref)?.localName).toBe('table');
    expect(refs.get(m.controls[0]!.ref)?.localName).toBe('input');
    expect(m.links[0]?.blockRef).toBe(m.blocks[0]?.ref);
  });

  it('keeps the model serialisable', () => {
    const { model: m } = extractFromHtml('<h1>T</h1><p>Text <a href="x">link</a></p>');
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });
});

describe('links and images', () => {
  it('records link text, href, accessible name and lang', () => {
    const m =
      model(`<p><a href="/es" hreflang="es">Español</a> <a href="/r" aria-label="Read the report">here</a>
      <a href="/logo"><img src="logo.png" alt="School home page"></a></p>`);
    expect(m.links).toEqual([
      expect.objectContaining({ text: 'Español', href: '/es', lang: 'es' }),
      expect.objectContaining({ text: 'here', accessibleName: 'Read the report' }),
      expect.objectContaining({ text: '', href: '/logo', accessibleName: 'School home page' }),
    ]);
    expect(m.images[0]).toEqual(
      expect.objectContaining({ src: 'logo.png', alt: 'School home page', inLink: true }),
    );
  });

  it('tells a missing alt (null) from an empty one and reads sizes', () => {
    const m = model(
      '<img src="a.jpg" width="640" height="480"><img src="b.png" alt="" style="width: 20px">',
    );
    expect(m.images.map((i) => [i.alt, i.width, i.height])).toEqual([
      [null, 640, 480],
      ['', 20, undefined],
    ]);
  });
});

describe('form controls', () => {
  it('finds labels however they are given', () => {
    const m = model(`<form>
      <label for="a">Name</label><input id="a">
      <label>Phone <input type="tel"></label>
      <input aria-label="Email">
      <span id="q">Grade</span><input aria-labelledby="q">
      <input title="Zip code">
      <input placeholder="Your address">
      <select><option>Yes</option><option>No</option></select>
      <input type="submit" value="Send"><input type="hidden" name="t">
    </form>`);
    expect(m.isForm).toBe(true);
    expect(m.controls.map((c) => [c.type, c.label, c.labelSource, c.placeholder])).toEqual([
      ['text', 'Name', 'label', undefined],
      ['tel', 'Phone', 'label', undefined],
      ['text', 'Email', 'aria-label', undefined],
      ['text', 'Grade', 'aria-labelledby', undefined],
      ['text', 'Zip code', 'title', undefined],
      ['text', undefined, 'none', 'Your address'],
      ['select-one', undefined, 'none', undefined],
    ]);
    expect(m.controls[6]?.options).toEqual(['Yes', 'No']);
  });

  it('gives radios their fieldset legend and marks required fields', () => {
    const m = model(`<form><fieldset><legend>Preferred language *</legend>
      <label><input type="radio" name="l" required> English</label>
      <label><input type="radio" name="l"> Español</label></fieldset>
      <label>Email <input type="email" required></label></form>`);
    expect(m.controls.map((c) => [c.label, c.groupLabel, c.required, c.requiredMarked])).toEqual([
      ['English', 'Preferred language *', true, true],
      ['Español', 'Preferred language *', false, true],
      ['Email', undefined, true, false],
    ]);
  });

  it('reads Google Forms-style ARIA radio groups', () => {
    const m = model(`<div role="list"><div role="listitem">
      <div role="heading" aria-level="3" id="t1">How would you like us to contact you?<span aria-label="Required question"> *</span></div>
      <div role="radiogroup" aria-labelledby="t1" aria-required="true">
        <div role="radio" aria-label="Text message"></div><div role="radio" aria-label="Phone call"></div>
      </div></div></div>`);
    expect(m.isForm).toBe(true);
    expect(m.controls).toEqual([
      expect.objectContaining({
        tag: 'radio',
        label: 'Text message',
        labelSource: 'aria-label',
        groupLabel: 'How would you like us to contact you? *',
        required: true,
        requiredMarked: true,
      }),
      expect.objectContaining({ tag: 'radio', label: 'Phone call' }),
    ]);
    expect(m.blocks[0]).toEqual(expect.objectContaining({ kind: 'heading', headingLevel: 3 }));
  });
});

describe('tables', () => {
  it('counts rows, columns and header cells and spots layout tables', () => {
    const m =
      model(`<table><caption>Lunch</caption><tr><th>Day</th><th>Menu</th></tr><tr><td>Mon</td><td>Pasta</td></tr></table>
      <table><tr><td><h2>News</h2><p>Text</p></td><td><table><tr><td>x</td></tr></table></td></tr></table>
      <table role="presentation"><tr><td>Only one column</td></tr><tr><td>of content</td></tr></table>`);
    expect(
      m.tables.map((t) => [
        t.rows,
        t.columns,
        t.hasHeaderCells,
        t.hasCaption,
        t.looksLikeLayout,
        t.role,
      ]),
    ).toEqual([
      [2, 2, true, true, false, undefined],
      [1, 1, false, false, true, undefined],
      [1, 2, false, false, true, undefined],
      [2, 1, false, false, true, 'presentation'],
    ]);
  });
});

describe('translate widgets', () => {
  it.each([
    ['<div id="google_translate_element"></div>', 'google-translate'],
    [
      '<script src="https://translate.google.com/translate_a/element.js?cb=init"></script>',
      'google-translate',
    ],
    ['<div class="gtranslate_wrapper"></div>', 'gtranslate'],
    ['<script src="https://cdn.weglot.com/weglot.min.js"></script>', 'weglot'],
  ])('recognises %s', (html, kind) => {
    expect(model(html).translateWidgets).toEqual([expect.objectContaining({ kind })]);
  });

  it('finds none on an ordinary page', () => {
    expect(model('<p>Hello</p>').translateWidgets).toEqual([]);
  });
});

describe('main content', () => {
  const article = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the principal's letter tells families about the new reading program, the spring concert, and how to reach the teachers with questions about homework.</p>`,
  ).join('');

  it("uses Readability's article and leaves out navigation and footer", () => {
    const m = model(`<html><head><title>News</title></head><body>
      <div class="menu"><a href="/">Home</a> <a href="/about">About us</a> <a href="/calendar">Calendar</a></div>
      <nav><a href="/es">Español</a></nav>
      <div class="content"><h1>Principal's letter</h1>${article}<ul><li><a href="/a">Event one</a></li><li><a href="/b">Event two</a></li></ul></div>
      <footer>Copyright 2025 Example School District. All rights reserved.</footer></body></html>`);
    expect(m.mainContent).toBe('readability');
    const main = m.blocks.filter((b) => b.inMainContent).map((b) => b.text);
    expect(main[0]).toBe("Principal's letter");
    expect(main).toContain('Event one');
    expect(main).not.toContain('Español');
    expect(main.some((t) => t.startsWith('Copyright'))).toBe(false);
    expect(main.filter((t) => t.startsWith('Paragraph'))).toHaveLength(6);
  });

  it('falls back to the whole body, less landmarks, when there is no article', () => {
    const m = model('<nav><a href="/">Home</a></nav><p>Short note.</p>');
    expect(['whole-body', 'readability']).toContain(m.mainContent);
    expect(m.blocks.find((b) => b.text === 'Home')?.inMainContent).toBe(false);
    expect(m.blocks.find((b) => b.text === 'Short note.')?.inMainContent).toBe(true);
  });

  it('skips Readability on very large pages and says so', () => {
    const { model: m } = extractFromHtml(article, { readabilityMaxElements: 3 });
    expect(m.mainContent).toBe('whole-body');
    expect(m.notes?.[0]).toMatch(/Main-content detection was skipped: the page has \d+ elements/);
  });

  it('walks only the given root for a selection', () => {
    const document = parseHtmlDocument('<p>Outside</p><div id="s"><p>Inside</p></div>');
    const { model: m } = extractFromDocument(document, { root: document.getElementById('s')! });
    expect(m.mainContent).toBe('selection');
    expect(m.blocks.map((b) => [b.text, b.inMainContent])).toEqual([['Inside', true]]);
  });
});

describe('robustness', () => {
  it('walks elements nested 10,000 deep without recursion', () => {
    const html = `${'<div>'.repeat(10_000)}Deep text${'</div>'.repeat(10_000)}`;
    const { model: m } = extractFromHtml(html);
    expect(m.blocks.map((b) => b.text)).toEqual(['Deep text']);
    expect(m.mainContent).toBe('whole-body');
    expect(m.notes?.[0]).toMatch(/nest 10,00\d deep/);
  });

  it('handles a page with no text', () => {
    const m = model('<html><body><div><img src="x.png"></div></body></html>');
    expect(m.blocks).toEqual([]);
    expect(m.images).toHaveLength(1);
  });

  it('handles an empty string', () => {
    expect(model('').blocks).toEqual([]);
  });
});

describe('positions back into the DOM', () => {
  it('maps block offsets to text-node offsets through collapsed white space', () => {
    const extraction = extractFromHtml('<p>Hello   <b>big</b>\n world</p>');
    const block = extraction.model.blocks[0]!;
    expect(block.text).toBe('Hello big world');
    const at = (start: number, end: number) => {
      const b = positionToBoundaries(extraction, { ref: block.ref, start, end })!;
      return [
        (b.start.node as Text).data.slice(b.start.offset),
        (b.end.node as Text).data.slice(0, b.end.offset),
      ];
    };
    expect(at(6, 9)).toEqual(['big', 'big']);
    expect(at(10, 15)).toEqual(['world', '\n world']);
    expect(at(0, 5)).toEqual(['Hello   ', 'Hello']);
  });

  it('covers the whole element for non-block refs', () => {
    const extraction = extractFromHtml('<p><img src="a.png"></p>');
    const image = extraction.model.images[0]!;
    const b = positionToBoundaries(extraction, { ref: image.ref, start: 0, end: 0 })!;
    expect(b.end.offset - b.start.offset).toBe(1);
    expect((b.start.node as Element).localName).toBe('p');
  });
});
