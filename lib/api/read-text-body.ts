// A text/plain request body up to `maxBytes`, refused early by its declared length and
// again while streaming (a client may leave the length out or understate it).
import { AppError } from "./app-error";

export async function readTextBody(req: Request, maxBytes: number): Promise<string> {
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  if (!type.startsWith("text/plain")) throw new AppError("unsupported_media_type", "Content-Type must be text/plain");
  if (Number(req.headers.get("content-length") ?? "0") > maxBytes) throw new AppError("payload_too_large", "Request body too large");
  if (!req.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError("payload_too_large", "Request body too large");
    }
    chunks.push(value);
  }
  const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  try {
    return text.decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("validation", "The body is not valid UTF-8 text");
  }
}
