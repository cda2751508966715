/**
 * Bytes to text, the way a browser would read a school's file: a byte-order mark wins; HTML may
 * declare its charset in a `<meta>` within the first 1024 bytes; otherwise UTF-8, and files that
 * are not valid UTF-8 are read as Windows-1252 (what "ANSI" files saved on Windows are).
 * Binary files (images, PDFs, Word files, anything with NUL bytes) are refused with a reason.
 */

export type Decoded =
  | { ok: true; text: string; encoding: string; note?: string }
  | { ok: false; reason: string };

const SIGNATURES: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF file'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (a Word or Excel file is one)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Microsoft Office file'],
];

export function decodeFile(bytes: Uint8Array, kind: 'html' | 'text'): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return utf8(bytes.subarray(3), 'UTF-8 with BOM');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      ok: true,
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'UTF-16LE',
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      ok: true,
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'UTF-16BE',
    };
  }
  const binary = binaryKind(bytes);
  if (binary) return { ok: false, reason: `it is ${binary}, not text or HTML` };

  if (kind === 'html') {
    const declared = declaredCharset(bytes);
    if (declared && !/^(?:utf-?8|unicode-1-1-utf-8)$/i.test(declared)) {
      if (isWindows1252Label(declared))
        return { ok: true, text: windows1252(bytes), encoding: 'Windows-1252' };
      try {
        return { ok: true, text: new TextDecoder(declared).decode(bytes), encoding: declared };
      } catch {
        const fallback = utf8(bytes, 'UTF-8');
        if (fallback.ok)
          fallback.note = `The page declares the unknown charset "${declared}"; it was read as ${fallback.encoding}.`;
        return fallback;
      }
    }
  }
  return utf8(bytes, 'UTF-8');
}

function utf8(bytes: Uint8Array, label: string): Decoded & { ok: true } {
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: label,
    };
  } catch {
    return {
      ok: true,
      text: windows1252(bytes),
      encoding: 'Windows-1252',
      note: 'The file is not valid UTF-8; it was read as Windows-1252.',
    };
  }
}

function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [signature, name] of SIGNATURES) {
    if (signature.every((b, i) => bytes[i] === b)) return name;
  }
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return 'binary data (it contains NUL bytes)';
    if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0d &&
      byte !== 0x0c &&
      byte !== 0x1b
    ) {
      control++;
    }
  }
  return sample.length > 0 && control / sample.length > 0.1 ? 'binary data' : undefined;
}

/** The HTML prescan in brief: `<meta charset=...>` or `http-equiv` content with `charset=`. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase();
}

function isWindows1252Label(label: string): boolean {
  return /^(?:windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|iso_8859-1|latin1|l1|us-ascii|ascii|ansi_x3\.4-1968)$/i.test(
    label,
  );
}

/**
 * WHATWG's windows-1252 (which HTML also uses for "iso-8859-1" and "us-ascii"). Node 20's
 * TextDecoder reads bytes 0x80-0x9F as C1 controls instead of € ‘ ’ “ ” – —, so those are mapped
 * here from the Encoding Standard's index-windows-1252.
 */
const C1_TO_WINDOWS_1252: Record<number, number> = {
  128: 0x20ac,
  130: 0x201a,
  131: 0x0192,
  132: 0x201e,
  133: 0x2026,
  134: 0x2020,
  135: 0x2021,
  136: 0x02c6,
  137: 0x2030,
  138: 0x0160,
  139: 0x2039,
  140: 0x0152,
  142: 0x017d,
  145: 0x2018,
  146: 0x2019,
  147: 0x201c,
  148: 0x201d,
  149: 0x2022,
  150: 0x2013,
  151: 0x2014,
  152: 0x02dc,
  153: 0x2122,
  154: 0x0161,
  155: 0x203a,
  156: 0x0153,
  158: 0x017e,
  159: 0x0178,
};

export function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) =>
      String.fromCodePoint(C1_TO_WINDOWS_1252[c.charCodeAt(0)] ?? c.charCodeAt(0)),
    );
}
