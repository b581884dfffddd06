// One request with exactly the headers given, its body as sent: node's fetch would ask for
// compression itself and decompress the answer.
import http from "node:http";
import { inject } from "vitest";

export type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** To the suite's shared test server. */
export function rawRequest(path: string, headers: Record<string, string>, method = "GET"): Promise<RawAnswer> {
  return rawRequestTo(`${inject("baseUrl")}${path}`, headers, method);
}

/** To any server: a test file's own, or a plain node:http one. */
export function rawRequestTo(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end();
  });
}
