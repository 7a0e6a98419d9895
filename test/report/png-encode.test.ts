import { inflateSync, crc32 } from 'node:zlib';
import { renderAsync } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/report/png-encode.js';
import { svgToPngAsync } from '../../src/report/render-chart.js';

/** The chunks of a PNG file, each with whether its CRC is right. */
function chunks(png: Buffer): { type: string; data: Buffer; crcOk: boolean }[] {
  const out = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    out.push({ type, data, crcOk: png.readUInt32BE(at + 8 + length) === crc32(png.subarray(at + 4, at + 8 + length)) });
    at += 12 + length;
  }
  return out;
}

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><rect width="30" height="20" fill="white"/>'
  + '<rect x="3" y="4" width="10" height="6" fill="#0072B2"/><circle cx="22" cy="12" r="5" fill="#E69F00" opacity="0.5"/></svg>';

describe('encodePng', () => {
  it('writes a valid RGBA PNG whose rows are the pixels given', async () => {
    const pixels = Buffer.from(Array.from({ length: 3 * 2 * 4 }, (_, i) => (i * 37) % 256));
    const png = await encodePng(3, 2, pixels);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(parts.every((c) => c.crcOk)).toBe(true);
    const header = parts[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), ...header.subarray(8)]).toEqual([3, 2, 8, 6, 0, 0, 0]);
    const rows = inflateSync(parts[1]!.data);
    expect(rows).toEqual(Buffer.concat([Buffer.from([0]), pixels.subarray(0, 12), Buffer.from([0]), pixels.subarray(12)]));
  });

  it('refuses pixels that do not fill the image', async () => {
    await expect(encodePng(3, 2, Buffer.alloc(23))).rejects.toThrow(/24 bytes/);
  });

  it('gives a chart the pixels resvg rendered, all opaque (so premultiplied colours are the colours)', async () => {
    const image = await renderAsync(SVG, { background: 'white', fitTo: { mode: 'zoom', value: 2 } });
    const png = await svgToPngAsync(SVG);
    const rows = inflateSync(chunks(png)[1]!.data);
    const stride = image.width * 4;
    for (let y = 0; y < image.height; y++) {
      expect(rows[y * (stride + 1)]).toBe(0);
      expect(rows.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))).toEqual(image.pixels.subarray(y * stride, (y + 1) * stride));
    }
    for (let i = 3; i < image.pixels.length; i += 4) if (image.pixels[i] !== 255) throw new Error(`pixel ${(i - 3) / 4} is not opaque`);
  });
});
