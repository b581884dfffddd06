// A request body read up to a limit. `req.text()` reads whatever a client sends: one that
// leaves out Content-Length (chunked) or understates it would have its whole body held in
// memory until the request timeout. Here the read stops at the limit and the request is
// refused with 413.
import { AppError } from "../api/app-error";

export async function readCappedBytes(req: Request, maxBytes: number, message = "Request body too large"): Promise<Buffer> {
  if (Number(req.headers.get("content-length") ?? "0") > maxBytes) throw new AppError("payload_too_large", message);
  if (!req.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new AppError("payload_too_large", message);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The body as UTF-8 text, malformed bytes replaced as `req.text()` does. */
export async function readCappedText(req: Request, maxBytes: number): Promise<string> {
  return new TextDecoder().decode(await readCappedBytes(req, maxBytes));
}
