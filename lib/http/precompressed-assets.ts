// The browser's scripts and stylesheets, served brotli-compressed from copies the build made
// (scripts/precompress.ts), to clients that accept brotli. Next compresses what it serves with
// gzip, on every request; brotli at its highest level is too slow to run per request but
// cheap to run once per build, and makes the first load's JavaScript about 14% smaller
// (150 KB gzip against 129 KB on the home page). Used by scripts/http-server.ts before Next:
// only files found in the build's own static folder when the server starts are ever served,
// so a request path never reaches the file system.
import { createReadStream, readdirSync, statSync } from "node:fs";
import type http from "node:http";
import path from "node:path";
import Negotiator from "negotiator";

type Asset = { file: string; size: number; contentType: string; etag: string };

const CONTENT_TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=UTF-8",
  ".css": "text/css; charset=UTF-8",
};

export type PrecompressedAssets = {
  /** Answers the request for `path` (its URL without the query) from a brotli copy and returns true, or returns false and leaves it to Next. */
  serve(path: string, req: http.IncomingMessage, res: http.ServerResponse): boolean;
};

export function precompressedAssets(distDir: string): PrecompressedAssets {
  const byPath = new Map<string, Asset>();
  const staticDir = path.join(distDir, "static");
  let names: string[] = [];
  try {
    names = readdirSync(staticDir, { recursive: true, encoding: "utf8" });
  } catch {
    // No build yet: nothing to serve, Next answers as it would.
  }
  const present = new Set(names);
  for (const name of names) {
    const contentType = CONTENT_TYPES[path.extname(name)];
    if (!contentType || !present.has(`${name}.br`)) continue;
    const file = path.join(staticDir, `${name}.br`);
    const { size, mtimeMs } = statSync(file);
    const urlPath = `/_next/static/${name.split(path.sep).join("/")}`;
    byPath.set(urlPath, { file, size, contentType, etag: `"br-${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"` });
  }

  return {
    serve(urlPath, req, res) {
      if (req.method !== "GET" && req.method !== "HEAD") return false;
      const asset = byPath.get(urlPath);
      if (!asset) return false;
      if (!new Negotiator(req).encodings(["br"]).includes("br")) return false;
      res.setHeader("Content-Type", asset.contentType);
      res.setHeader("Content-Encoding", "br");
      res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
      res.setHeader("Vary", "Accept-Encoding");
      res.setHeader("ETag", asset.etag);
      if (req.headers["if-none-match"] === asset.etag) {
        res.statusCode = 304;
        res.end();
        return true;
      }
      res.setHeader("Content-Length", asset.size);
      if (req.method === "HEAD") {
        res.end();
        return true;
      }
      createReadStream(asset.file)
        .on("error", () => res.destroy())
        .pipe(res);
      return true;
    },
  };
}
