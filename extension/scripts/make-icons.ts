// Draws the toolbar icons (a white check mark on a teal rounded square) as PNGs with node's zlib,
// so the repository needs no image editor. Run with `npx tsx extension/scripts/make-icons.ts`;
// the PNGs are committed in extension/icons/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '../icons');
const TEAL = [0x0b, 0x6e, 0x75];

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
  const t = Math.max(
    0,
    Math.min(
      1,
      ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2),
    ),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function icon(size: number): Buffer {
  const rows: Buffer[] = [];
  const radius = size * 0.22;
  const stroke = size * 0.09;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      // Signed distance to the rounded square, for a soft edge.
      const qx = Math.max(Math.abs(px - size / 2) - (size / 2 - radius), 0);
      const qy = Math.max(Math.abs(py - size / 2) - (size / 2 - radius), 0);
      const outside = Math.hypot(qx, qy) - radius;
      const alpha = Math.max(0, Math.min(1, 0.5 - outside));
      const u = px / size;
      const v = py / size;
      const d = Math.min(
        distanceToSegment(u, v, 0.25, 0.52, 0.43, 0.7),
        distanceToSegment(u, v, 0.43, 0.7, 0.76, 0.32),
      );
      const white = Math.max(0, Math.min(1, (stroke / size - d) * size + 0.5));
      const o = 1 + x * 4;
      for (let c = 0; c < 3; c++)
        row[o + c] = Math.round((TEAL[c] ?? 0) * (1 - white) + 255 * white);
      row[o + 3] = Math.round(alpha * 255);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

mkdirSync(outDir, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(join(outDir, `icon-${size}.png`), icon(size));
console.log(`Wrote icons to ${outDir}`);
