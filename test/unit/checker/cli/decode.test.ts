import { describe, expect, it } from 'vitest';
import { decodeFile, windows1252 } from '../../../../shared/cli/decode';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

describe('decodeFile', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeFile(bytes('Año escolar – “hola”'), 'text')).toEqual({
      ok: true,
      text: 'Año escolar – “hola”',
      encoding: 'UTF-8',
    });
    expect(decodeFile(bytes([0xef, 0xbb, 0xbf], 'Año'), 'text')).toEqual({
      ok: true,
      text: 'Año',
      encoding: 'UTF-8 with BOM',
    });
  });

  it('reads invalid UTF-8 as Windows-1252, curly quotes and euro sign included', () => {
    // "“Año” – 5€" saved as Windows-1252 ("ANSI").
    const ansi = Uint8Array.from([0x93, 0x41, 0xf1, 0x6f, 0x94, 0x20, 0x96, 0x20, 0x35, 0x80]);
    expect(decodeFile(ansi, 'text')).toEqual({
      ok: true,
      text: '“Año” – 5€',
      encoding: 'Windows-1252',
      note: 'The file is not valid UTF-8; it was read as Windows-1252.',
    });
  });

  it('honours <meta charset> in HTML', () => {
    const html = Uint8Array.from([
      ...Buffer.from('<html><head><meta charset="windows-1252"></head><body>Caf'),
      0xe9,
      0x20,
      0x93,
      0x78,
      0x94,
      ...Buffer.from('</body></html>'),
    ]);
    const decoded = decodeFile(html, 'html');
    expect(decoded.ok && decoded.text).toContain('Café “x”');
    expect(decoded.ok && decoded.encoding).toBe('Windows-1252');

    const httpEquiv = bytes(
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>',
      [0xe9],
      '</p>',
    );
    expect(decodeFile(httpEquiv, 'html')).toEqual(
      expect.objectContaining({ ok: true, encoding: 'Windows-1252' }),
    );
    expect(
      decodeFile(httpEquiv, 'html').ok && (decodeFile(httpEquiv, 'html') as { text: string }).text,
    ).toContain('<p>é</p>');
  });

  it('reads a declared UTF-8 page as UTF-8', () => {
    const decoded = decodeFile(bytes('<meta charset="utf-8"><p>Año</p>'), 'html');
    expect(decoded).toEqual(expect.objectContaining({ ok: true, encoding: 'UTF-8' }));
  });

  it('reads UTF-16 with a BOM', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from('Hola', 'utf16le')]);
    expect(decodeFile(utf16, 'text')).toEqual({ ok: true, text: 'Hola', encoding: 'UTF-16LE' });
  });

  it.each([
    [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], 'it is a PDF file, not text or HTML'],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], 'it is a PNG image, not text or HTML'],
    [
      [0x50, 0x4b, 0x03, 0x04, 0x14],
      'it is a ZIP archive (a Word or Excel file is one), not text or HTML',
    ],
    [[0x48, 0x69, 0x00, 0x21], 'it is binary data (it contains NUL bytes), not text or HTML'],
  ])('refuses binary data %j', (data, reason) => {
    expect(decodeFile(Uint8Array.from(data), 'html')).toEqual({ ok: false, reason });
  });

  it('treats an empty file as empty text', () => {
    expect(decodeFile(new Uint8Array(), 'text')).toEqual({ ok: true, text: '', encoding: 'UTF-8' });
  });

  it('maps the Windows-1252 range 0x80-0x9F that node 20 decodes as control characters', () => {
    expect(windows1252(Uint8Array.from([0x80, 0x85, 0x91, 0x92, 0x99, 0x9f]))).toBe('€…‘’™Ÿ');
  });
});
