// The production HTTP server: Next's request handler behind a plain node:http server that
//  - appends the socket's address to X-Forwarded-For (`next start` keeps a client-sent
//    header as it is, which would let a client choose its own address and slip past per-IP
//    limits) and says "https" in X-Forwarded-Proto only when a trusted proxy said so;
//  - sends the security headers every answer carries (lib/http/security-headers.ts);
//  - refuses, as 4xx, what Next would answer with a 500: undecodable paths, oversized or
//    malformed server-action bodies (lib/http/front-door.ts); a JSON 405 on /api;
//  - sends the build's brotli copies of scripts and stylesheets to browsers that take them
//    (lib/http/precompressed-assets.ts);
//  - answers GET /api/products and /api/products/:idOrSlug itself from the catalogue's kept
//    bytes, the catalogue gzipped once per copy for the clients that take gzip
//    (lib/http/front-door-answers.ts);
//  - gives a client REQUEST_TIMEOUT_SECONDS to send its whole request, so slow bodies
//    cannot hold connections open.
import http from "node:http";
import type { Socket } from "node:net";
import next from "next";
import { env } from "../lib/env";
import { appendForwardedFor, trustedProto } from "../lib/http/forwarded";
import { API_CONTENT_SECURITY_POLICY, baseSecurityHeaders } from "../lib/http/security-headers";
import { actionBodyRefusal, isApiPath, pageBodyRefusal, urlRefusal, type Refusal } from "../lib/http/front-door";
import { precompressedAssets } from "../lib/http/precompressed-assets";
import { staticTwin, TWIN_PARAMS_HEADER } from "../lib/http/static-twins";
import { answerFromFrontDoor, frontDoorSource } from "../lib/http/front-door-answers";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
const assets = precompressedAssets(process.env.NEXT_DIST_DIR ?? ".next");

const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;

function refuse(req: http.IncomingMessage, res: http.ServerResponse, path: string, refusal: Refusal) {
  const api = isApiPath(path);
  // A refused body is read and dropped (within the request timeout) so the client, still
  // sending, gets the answer; one of unknown or absurd size ends the connection instead.
  const declared = Number(req.headers["content-length"] ?? NaN);
  const drain = !req.complete && declared <= DRAIN_LIMIT_BYTES;
  if (drain) req.resume();
  res.writeHead(refusal.status, {
    "Content-Type": api ? "application/json" : "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
    ...(drain || req.complete ? {} : { Connection: "close" }),
  });
  res.end(api ? JSON.stringify({ success: false, error: refusal.error, code: refusal.code }) : `${refusal.error}\n`);
}

// Next answers a method a route does not export with an empty 405; the API answers in its shape.
function jsonMethodNotAllowed(res: http.ServerResponse) {
  let rewrite = false;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    if (args[0] === 405 && !res.hasHeader("content-type")) {
      rewrite = true;
      res.setHeader("Content-Type", "application/json");
      res.removeHeader("Content-Length");
    }
    return writeHead(...args);
  }) as typeof res.writeHead;
  const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.end = ((...args: unknown[]) => {
    if (!rewrite || (args[0] !== undefined && typeof args[0] !== "function")) return end(...args);
    return end(JSON.stringify({ success: false, error: "Method not allowed", code: "method_not_allowed" }));
  }) as typeof res.end;
}

// The API refuses a body at its size limit without reading the rest (lib/http/read-capped-body.ts),
// and a client may still be sending it. Left unread, the rest held the connection until the
// request timeout; and closing the connection with it unread made the kernel answer those
// bytes with a reset, which can reach the client before it has read the answer ("fetch
// failed" instead of the 413). So such an answer says `Connection: close`, and the close
// lingers, as web servers' do: the server's side is shut once the answer is out, the rest of
// the body is read and dropped until the client closes its side, and a client still sending
// after LINGER_BYTES more or LINGER_MS is cut off.
const LINGER_BYTES = 32 * 1024 * 1024;
const LINGER_MS = 10_000;
function closeLingeringIfBodyUnread(req: http.IncomingMessage, res: http.ServerResponse) {
  // Taken now: by the time the answer is written, the request may have let go of it.
  const socket = req.socket;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    if (!req.complete) {
      res.setHeader("Connection", "close");
      lingerOnClose(req, socket);
    }
    return writeHead(...args);
  }) as typeof res.writeHead;
}

function lingerOnClose(req: http.IncomingMessage, socket: Socket) {
  // Node closes a `Connection: close` socket with destroySoon() once the answer is written.
  socket.destroySoon = () => {
    const cutOff = () => socket.destroy();
    const timer = setTimeout(cutOff, LINGER_MS);
    socket.once("close", () => clearTimeout(timer));
    let dropped = 0;
    req.on("data", (chunk: Buffer) => {
      dropped += chunk.length;
      if (dropped > LINGER_BYTES) cutOff();
    });
    req.resume();
    // Our side is done: the client reads the answer, then the end of the connection.
    socket.end();
  };
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** The request again, with its already-read body, for Next to read as if it had not been. */
function replay(req: http.IncomingMessage, body: Buffer): http.IncomingMessage {
  const copy = new http.IncomingMessage(req.socket);
  Object.assign(copy, {
    method: req.method,
    url: req.url,
    headers: req.headers,
    rawHeaders: req.rawHeaders,
    httpVersion: req.httpVersion,
    httpVersionMajor: req.httpVersionMajor,
    httpVersionMinor: req.httpVersionMinor,
    // Received in full: otherwise ending this copy would count as an abort and close the socket.
    complete: true,
  });
  copy.push(body);
  copy.push(null);
  return copy;
}

async function serve(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = req.url ?? "/";
  const path = url.split("?")[0]!;
  const method = req.method ?? "GET";
  req.headers["x-forwarded-for"] = appendForwardedFor(req.headers["x-forwarded-for"], req.socket.remoteAddress ?? "unknown");
  const proto = trustedProto(req.headers["x-forwarded-proto"], env.TRUST_PROXY_HOPS);
  req.headers["x-forwarded-proto"] = proto;
  // With no trusted proxy, a forwarded host can only have been written by the client.
  if (env.TRUST_PROXY_HOPS === 0) delete req.headers["x-forwarded-host"];
  for (const [name, value] of Object.entries(baseSecurityHeaders(proto === "https"))) res.setHeader(name, value);
  if (isApiPath(path)) {
    res.setHeader("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
    jsonMethodNotAllowed(res);
    closeLingeringIfBodyUnread(req, res);
  }
  const refusal = urlRefusal(url) ?? pageBodyRefusal(method, path, req.headers);
  if (refusal) return refuse(req, res, path, refusal);
  // A server action's body (at most 1 MB, checked above) is read here first, so one that
  // React cannot decode is a 400 rather than Next's 500. An action call with an empty body is one too.
  const actionCall = req.headers["next-action"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
  if (!isApiPath(path) && method !== "GET" && method !== "HEAD" && actionCall) {
    const body = await readBody(req);
    const malformed = await actionBodyRefusal(req.headers, body);
    if (malformed) return refuse(req, res, path, malformed);
    return handle(replay(req, body), res);
  }
  if (assets.serve(path, req, res)) return;
  const kept = frontDoorSource(method, url);
  if (kept && (await answerFromFrontDoor(kept, req, res))) return;
  // Only the server says which params a static twin answers for.
  delete req.headers[TWIN_PARAMS_HEADER];
  const twin = staticTwin(method, url);
  if (twin) {
    req.url = twin.url;
    req.headers[TWIN_PARAMS_HEADER] = twin.params;
  }
  return handle(req, res);
}

const server = http
  .createServer(
    {
      requestTimeout: env.REQUEST_TIMEOUT_SECONDS * 1000,
      headersTimeout: Math.min(env.REQUEST_TIMEOUT_SECONDS, 20) * 1000,
      // How often Node looks for requests past their timeout (default 30 s).
      connectionsCheckingInterval: 1000,
    },
    (req, res) => {
      serve(req, res).catch((error: unknown) => {
        // The client hung up mid-body (nothing to answer); anything else is a defect, logged as one.
        if (req.destroyed || (error as { code?: string }).code === "ECONNRESET") return;
        console.error("[stockline] unhandled error", error);
        if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
        res.end();
      });
    },
  )
  .listen(port, hostname, () => console.log(`[stockline] listening on http://localhost:${port}`));
// An idle kept-alive connection is closed by its client first. Node's clients drop theirs
// after 4-5 s (at most a second before the server's Keep-Alive hint); with the server's own
// default of 5 s that second was all the margin, and on a loaded machine a client's timer ran
// late and it sent its next request as the server closed the connection (ECONNRESET before
// the server read it: seen in the browser suite's API calls, and the fuzzer used to retry for
// it). Proxies keep theirs about 60 s. Idle connections still end at SIGTERM (closeIdleConnections).
server.keepAliveTimeout = 65_000;

// What Node's HTTP parser refuses itself is answered in the API's JSON shape too, whatever
// the path: URL and headers over 16 KB (431), a request not sent in time (408), a malformed one (400).
server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
  const answer: [number, string, string] | null =
    error.code === "HPE_HEADER_OVERFLOW"
      ? [431, "Request headers too large", "headers_too_large"]
      : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? [408, "Request timeout", "request_timeout"]
        : error.code?.startsWith("HPE_")
          ? [400, "Malformed HTTP request", "validation"]
          : null;
  if (!answer || !socket.writable) return socket.destroy();
  const [status, message, code] = answer;
  const body = JSON.stringify({ success: false, error: message, code });
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
});

// Stop taking connections, let requests in flight finish, then exit (at most 5 s).
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
