import "server-only";
import sharp from "sharp";
import { brandMarkSvg } from "./brand-mark";

const generated = new Map<string, Buffer>();

/**
 * /favicon.ico for a shop without its own: the mark in the accent colour as a real ICO file
 * holding 16, 32 and 48 px PNG images (the ICO format has carried PNG since Windows Vista and
 * every browser reads it). Rendered once per colour and process.
 */
export async function generatedFavicon(accent: string): Promise<Buffer> {
  const known = generated.get(accent);
  if (known) return known;
  const sizes = [16, 32, 48];
  const pngs = await Promise.all(
    sizes.map((size) =>
      sharp(Buffer.from(brandMarkSvg(accent, size)), { density: 72 * 4 })
        .resize(size, size)
        .png()
        .toBuffer(),
    ),
  );
  const ico = icoOf(pngs.map((png, i) => ({ png, size: sizes[i]! })));
  generated.set(accent, ico);
  return ico;
}

/** An ICO container around PNG images: a 6-byte header, one 16-byte entry per image, then the images. */
export function icoOf(images: { png: Buffer; size: number }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ png, size }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}
