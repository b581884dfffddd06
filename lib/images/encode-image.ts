import "server-only";
import { createHash } from "node:crypto";
import sharp from "sharp";
import { AppError } from "../api/app-error";
import { MAX_IMAGE_UPLOAD_BYTES, MAX_INPUT_PIXELS } from "./image-rules";
import { sniffImageType } from "./sniff-image";

export type EncodedImage = { data: Buffer; contentType: "image/webp" | "image/png"; width: number; height: number; sha256: string };

/**
 * Checks an upload by its magic bytes, decodes it with a pixel limit and re-encodes it, so
 * what the shop stores and serves is pixels it wrote itself: no metadata (a phone photo's GPS
 * position), no trailing payload, no second format hiding in the file. Animated GIFs keep
 * their first frame. Anything else is a 400 that changes nothing.
 */
export async function encodeImage(upload: Uint8Array, target: { maxEdge: number; format: "webp" | "png" }): Promise<EncodedImage> {
  if (upload.byteLength === 0) throw new AppError("validation", "The image is empty");
  if (upload.byteLength > MAX_IMAGE_UPLOAD_BYTES) throw new AppError("payload_too_large", "Image too large");
  if (!sniffImageType(upload)) throw new AppError("unsupported_media_type", "Only PNG, JPEG, WebP or GIF images are accepted");
  try {
    // failOn "error": a truncated or corrupt file is refused, not half-decoded.
    const pipeline = sharp(upload, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error", pages: 1 })
      .rotate()
      .resize({ width: target.maxEdge, height: target.maxEdge, fit: "inside", withoutEnlargement: true });
    const { data, info } =
      target.format === "webp"
        ? await pipeline.webp({ quality: 82, effort: 4 }).toBuffer({ resolveWithObject: true })
        : await pipeline.png({ compressionLevel: 9 }).toBuffer({ resolveWithObject: true });
    return {
      data,
      contentType: target.format === "webp" ? "image/webp" : "image/png",
      width: info.width,
      height: info.height,
      sha256: createHash("sha256").update(data).digest("hex"),
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    // libvips' messages name its internals; the sender only needs to know the file was refused.
    throw new AppError("validation", "The image could not be read (corrupt, truncated or too many pixels)");
  }
}
