// JSON answers the production server (scripts/http-server.ts) gives itself, before Next, from
// bytes the app keeps anyway: the catalogue and its products (lib/catalog/catalogue-answers.ts),
// whose answers are made once per copy of the catalogue.
//
// Why. Next's own work for an API request, whatever the route does, took the request thread
// 649-695 µs in the full benches of 2026-12-07 (the ceiling, GET /api/health); an answer here
// took 55-57 µs (README, Performance). The catalogue's answers are
// the same kept bytes for every client for as long as their copy lives, and on top of Next's
// fixed cost the catalogue wrote 11 KB where health writes 230 bytes, gzipped again at each
// request for every client that accepts gzip (every browser, most HTTP libraries). Here an
// answer is a table lookup and one write, gzipped once per copy, with its length.
//
// What stays Next's: the first request (the app registers its answers when Next first loads
// the module that makes them), any other method (HEAD included), any URL with a query or an
// unusual character, whatever the source does not know (an unknown product: Next answers the
// 404), and any read that fails (Next then reads again and answers the failure in the API's
// shape). An answer is the one Next's route gives: the same bytes, the same Content-Type and
// Cache-Control, and the security headers the server sets on every answer.
import type http from "node:http";
import { gzipSync } from "node:zlib";
import Negotiator from "negotiator";
import { apiCacheControl, COMPRESSED_FROM_BYTES } from "../api/json-answer";

/**
 * An answer's JSON: the same bytes object for as long as the copy it was made from lives; or
 * undefined, for Next to answer. Given the path's last segment when registered under `/*`.
 */
export type FrontDoorSource = (segment: string) => Promise<Uint8Array | undefined>;

// On globalThis: the app is bundled by Next and the server by esbuild, so each has its own
// copy of this module, and both must see one table: sources by exact path, and by the path
// before a last segment (registered as `<prefix>/*`).
const shared = globalThis as unknown as {
  stocklineFrontDoorAnswers?: { exact: Map<string, FrontDoorSource>; bySegment: Map<string, FrontDoorSource> };
};
const sources = (shared.stocklineFrontDoorAnswers ??= { exact: new Map(), bySegment: new Map() });

/**
 * From now on the server answers a GET of exactly `path` (no query) with what `source` gives;
 * a path ending in `/*` stands for any one segment there, of letters, digits, `-` and `_`
 * (such a segment means the same decoded or not).
 */
export function answerAtFrontDoor(path: string, source: FrontDoorSource): void {
  if (path.endsWith("/*")) sources.bySegment.set(path.slice(0, -2), source);
  else sources.exact.set(path, source);
}

const PLAIN_SEGMENT = /^[A-Za-z0-9_-]{1,200}$/;

/** The source that answers this request at the front door, with the segment it is given, if one does. */
export function frontDoorSource(method: string, url: string): { source: FrontDoorSource; segment: string } | undefined {
  if (method !== "GET") return undefined;
  const exact = sources.exact.get(url);
  if (exact) return { source: exact, segment: "" };
  const lastSlash = url.lastIndexOf("/");
  const segment = url.slice(lastSlash + 1);
  const source = sources.bySegment.get(url.slice(0, lastSlash));
  return source && PLAIN_SEGMENT.test(segment) ? { source, segment } : undefined;
}

// Made once per kept answer, and gone with it.
const gzipped = new WeakMap<Uint8Array, Buffer>();

function gzippedCopy(json: Uint8Array): Buffer {
  let copy = gzipped.get(json);
  if (!copy) {
    copy = gzipSync(json);
    gzipped.set(json, copy);
  }
  return copy;
}

/**
 * Answers the request from the source and returns true, or returns false, having written
 * nothing, when Next should answer it: the source has no answer or its read failed, or the
 * client takes no encoding we have.
 */
export async function answerFromFrontDoor(
  { source, segment }: { source: FrontDoorSource; segment: string },
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<boolean> {
  let json: Uint8Array | undefined;
  try {
    json = await source(segment);
  } catch {
    return false;
  }
  if (!json) return false;
  const compressible = json.byteLength >= COMPRESSED_FROM_BYTES;
  const [encoding] = new Negotiator(req).encodings(compressible ? ["gzip", "identity"] : ["identity"]);
  if (!encoding) return false;
  const body = encoding === "gzip" ? gzippedCopy(json) : json;
  res.writeHead(200, {
    "Content-Type": "application/json",
    "Cache-Control": apiCacheControl(json.byteLength),
    ...(compressible ? { Vary: "Accept-Encoding" } : {}),
    ...(encoding === "gzip" ? { "Content-Encoding": "gzip" } : {}),
    "Content-Length": body.byteLength,
  });
  res.end(body);
  return true;
}
