// A text/plain request body up to `maxBytes`, refused early by its declared length and
// again while streaming (a client may leave the length out or understate it).
import { AppError } from "./app-error";
import { readCappedBytes } from "../http/read-capped-body";

export async function readTextBody(req: Request, maxBytes: number): Promise<string> {
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  if (!type.startsWith("text/plain")) throw new AppError("unsupported_media_type", "Content-Type must be text/plain");
  const body = await readCappedBytes(req, maxBytes);
  const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  try {
    return text.decode(body);
  } catch {
    throw new AppError("validation", "The body is not valid UTF-8 text");
  }
}
