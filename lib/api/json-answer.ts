// The API's JSON answers, and which of them Next may compress.
//
// Next gzips every answer to a client that accepts gzip (every browser, and most HTTP
// libraries), whatever its size: it streams answers, so the compression's own 1 KB threshold
// never sees a length. For a small answer that is CPU spent for nothing on the wire. Measured
// 2026-12-07 (`BENCH_ACCEPT_ENCODING="gzip, deflate, br, zstd" BENCH_ROUTES="GET /api/"
// npm run bench`, SQLite, 2,000 orders, 2 runs each), before and after: GET /api/health
// 1,289 -> 1,589 answers/s, one product 1,257 -> 1,568, the API's JSON 404 1,158 -> 1,413, a
// pending order's status 1,174 -> 1,325. So an answer under COMPRESSED_FROM_BYTES says
// `no-transform`, which the compression (and a proxy, as HTTP asks of it) leaves as it is; a
// larger one, such as the catalogue, is compressed as before.

/** The size from which an answer is worth compressing: the compression's own default threshold. */
export const COMPRESSED_FROM_BYTES = 1024;

/** `Cache-Control` for an API answer of `bytes` bytes: never kept by a cache, and small ones never compressed. */
export function apiCacheControl(bytes: number): string {
  return bytes < COMPRESSED_FROM_BYTES ? "no-store, no-transform" : "no-store";
}

/**
 * A JSON answer from its text or bytes. Its size is counted in UTF-16 units for a text: at
 * most its UTF-8 length, so an answer just past the threshold in bytes may still go plain.
 */
export function jsonAnswer(
  json: string | Uint8Array<ArrayBuffer>,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  const bytes = typeof json === "string" ? json.length : json.byteLength;
  return new Response(json, {
    status: init.status,
    headers: { ...init.headers, "Content-Type": "application/json", "Cache-Control": apiCacheControl(bytes) },
  });
}
