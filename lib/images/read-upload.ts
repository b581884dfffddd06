import "server-only";
import { AppError } from "../api/app-error";
import { MAX_IMAGE_UPLOAD_BYTES } from "./image-rules";
import { readCappedBytes } from "../http/read-capped-body";

// A multipart body carries a boundary and part headers around the file.
const MULTIPART_OVERHEAD = 16 * 1024;

/**
 * The uploaded file of an image request, read with a size cap whatever the headers claim:
 * either the raw bytes (`Content-Type: image/png`, as `curl --data-binary @a.png` sends) or
 * the `file` field of a multipart form (what a browser's file input sends).
 */
export async function readImageUpload(req: Request): Promise<Uint8Array> {
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  const multipart = type.startsWith("multipart/form-data");
  if (!multipart && !type.startsWith("image/") && !type.startsWith("application/octet-stream")) {
    throw new AppError(
      "unsupported_media_type",
      "Send the image as its raw bytes (Content-Type: image/...) or as the `file` field of multipart/form-data",
    );
  }
  const cap = MAX_IMAGE_UPLOAD_BYTES + (multipart ? MULTIPART_OVERHEAD : 0);
  const body = await readCappedBytes(req, cap, "Image too large");
  if (!multipart) return body;
  let form: FormData;
  try {
    // The header as sent: a multipart boundary is case-sensitive (Chromium's has capitals).
    form = await new Response(new Uint8Array(body), {
      headers: { "content-type": req.headers.get("content-type")! },
    }).formData();
  } catch {
    throw new AppError("validation", "Malformed multipart body");
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) throw new AppError("validation", "The form has no `file` field");
  return new Uint8Array(await file.arrayBuffer());
}
