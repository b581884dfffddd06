import "server-only";
import http from "node:http";
import https from "node:https";
import { guardedLookup, resolveSafely } from "./safe-target";

export const WEBHOOK_TIMEOUT_MS = 10_000;
const MAX_RESPONSE_BYTES = 4096;

export type PostOutcome = { ok: boolean; statusCode: number | null; error: string | null; durationMs: number };

/**
 * One POST of a signed event. Only a 2xx counts: redirects are not followed (a 3xx is a
 * failure, so a redirect cannot lead the request past the address check), the answer is read
 * up to 4 KiB and dropped, and the whole exchange has WEBHOOK_TIMEOUT_MS.
 */
export async function postWebhook(url: string, headers: Record<string, string>, body: string): Promise<PostOutcome> {
  const started = Date.now();
  const done = (statusCode: number | null, error: string | null): PostOutcome => ({
    ok: statusCode !== null && statusCode >= 200 && statusCode < 300,
    statusCode,
    error,
    durationMs: Date.now() - started,
  });
  let target: URL;
  try {
    target = new URL(url);
    // A literal address never reaches `lookup`: check it here.
    await resolveSafely(target.hostname);
  } catch (error) {
    return done(null, (error as Error).message);
  }
  const client = target.protocol === "https:" ? https : http;
  return new Promise<PostOutcome>((resolve) => {
    const request = client.request(
      target,
      {
        method: "POST",
        lookup: guardedLookup,
        timeout: WEBHOOK_TIMEOUT_MS,
        headers: {
          "content-type": "application/json",
          "user-agent": "Stockline-Webhooks/1",
          ...headers,
          "content-length": Buffer.byteLength(body),
        },
      },
      (response) => {
        let read = 0;
        response.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) response.destroy();
        });
        const finish = () =>
          resolve(
            done(response.statusCode ?? null, response.statusCode && response.statusCode >= 300 ? `HTTP ${response.statusCode}` : null),
          );
        response.on("end", finish);
        response.on("close", finish);
        response.on("error", finish);
      },
    );
    const deadline = setTimeout(() => request.destroy(new Error(`no answer within ${WEBHOOK_TIMEOUT_MS} ms`)), WEBHOOK_TIMEOUT_MS);
    request.on("timeout", () => request.destroy(new Error(`no answer within ${WEBHOOK_TIMEOUT_MS} ms`)));
    request.on("error", (error) => resolve(done(null, error.message)));
    request.on("close", () => clearTimeout(deadline));
    request.end(body);
  });
}
