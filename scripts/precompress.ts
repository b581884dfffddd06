// Run by `npm run build` after the compile hints (the copies must carry them): a brotli copy
// (`<file>.br`, highest quality) of each script and stylesheet in the build's static folder,
// which the HTTP server sends to browsers that accept brotli (lib/http/precompressed-assets.ts).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const staticDir = path.join(process.env.NEXT_DIST_DIR ?? ".next", "static");
let written = 0;
let before = 0;
let after = 0;
for (const name of readdirSync(staticDir, { recursive: true, encoding: "utf8" })) {
  if (!/\.(js|css)$/.test(name)) continue;
  const source = readFileSync(path.join(staticDir, name));
  const compressed = brotliCompressSync(source, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
  });
  writeFileSync(path.join(staticDir, `${name}.br`), compressed);
  written += 1;
  before += source.length;
  after += compressed.length;
}
console.log(
  `[stockline] precompressed ${written} static file(s) with brotli: ${Math.round(before / 1024)} KiB -> ${Math.round(after / 1024)} KiB`,
);
