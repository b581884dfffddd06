// The public API's hottest dynamic paths, each answered by a static twin route.
//
// Next 16 gives a path matched by a pattern (`/api/products/[idOrSlug]`) work a path of its own
// does not get, at every request: it scans the dynamic routes for the match, then the route
// module rebuilds the pattern's regular expressions and normalizes and interpolates the params
// (route-module.js prepare(): getServerUtils). In `npm run bench` a dynamic path that does
// nothing took the request thread about 140 µs per request more than the ceiling (a static
// path), about a seventh of a whole request, and one product's ratio stood on that floor.
//
// So the production server (scripts/http-server.ts) hands such a GET to Next under the path of
// a static twin (app/api/twins/*), with the params it matched in a header of its own; the twin
// runs the very handler of the dynamic route (twinRoute). Everything else about the request
// (method, query, headers, body) is unchanged, and the dynamic route still answers its path
// under `next dev` and for the other methods.
export const TWIN_PARAMS_HEADER = "x-stockline-twin-params";

type Twin = { pattern: RegExp; twin: string; param: string };

const TWINS: readonly Twin[] = [
  { pattern: /^\/api\/products\/([^/]+)$/, twin: "/api/twins/product", param: "idOrSlug" },
  { pattern: /^\/api\/orders\/([^/]+)\/status$/, twin: "/api/twins/order-status", param: "id" },
];

/**
 * The twin's URL (the request's query kept) and the header that carries the matched param as
 * `<name>=<segment as sent>` (still percent-encoded, so the header stays ASCII), or null when
 * the request is not one of the twinned GETs.
 */
export function staticTwin(method: string, url: string): { url: string; params: string } | null {
  if ((method !== "GET" && method !== "HEAD") || !url.startsWith("/api/")) return null;
  const queryAt = url.indexOf("?");
  const path = queryAt < 0 ? url : url.slice(0, queryAt);
  for (const { pattern, twin, param } of TWINS) {
    const match = pattern.exec(path);
    if (match) return { url: queryAt < 0 ? twin : twin + url.slice(queryAt), params: `${param}=${match[1]}` };
  }
  return null;
}

/** The params a twin answers for, decoded as Next decodes a dynamic segment; none from a header that is not the server's. */
export function twinParams(header: string | null): Record<string, string> {
  const equals = header?.indexOf("=") ?? -1;
  if (!header || equals < 1) return {};
  try {
    return { [header.slice(0, equals)]: decodeURIComponent(header.slice(equals + 1)) };
  } catch {
    return {};
  }
}
