// Run by `npm run build` after `next build`: marks the browser's script chunks with V8's
// explicit compile hint (https://v8.dev/blog/explicit-compile-hints), a magic comment on a
// script's first line that has Chrome compile all of its functions while the script streams
// in, on a background thread.
//
// Why: without it, each module's factory (React DOM's above all) is compiled lazily, on the
// main thread, the moment hydration first calls it. Measured with a 4x CPU slowdown on the
// home page, that was one ~290 ms task of compiling before anything was interactive; with
// the hint the task is gone, and Lighthouse's mobile Total Blocking Time fell by about half
// (README, "Lighthouse"). A chunk is fetched by the page that runs it, so compiling it
// ahead wastes little; browsers other than Chrome read the line as a comment.
//
// The chunks are content-named and served immutable; adding the line to each one during the
// build, before anything has been served, keeps one name for one content.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

const chunks = path.join(process.env.NEXT_DIST_DIR ?? ".next", "static", "chunks");
let marked = 0;
for (const name of readdirSync(chunks, { recursive: true, encoding: "utf8" })) {
  if (!name.endsWith(".js")) continue;
  const file = path.join(chunks, name);
  const source = readFileSync(file, "utf8");
  if (source.startsWith(COMPILE_HINT)) continue;
  writeFileSync(file, COMPILE_HINT + source);
  marked += 1;
}
console.log(`[stockline] compile hints: ${marked} script chunk(s) marked`);
