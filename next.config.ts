import path from "node:path";
import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// Messages are compiled at build time (next-intl's precompile): the browser gets them ready to
// format and no longer downloads and runs an ICU message parser (about 9 KB compressed of
// every page's first load).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./messages", locales: "infer", format: "json", precompile: true } },
});

const config: NextConfig = {
  poweredByHeader: false,
  // This folder is the project, whatever lies around it: left to infer its root, Turbopack takes
  // the highest folder with a lockfile, so a stray package-lock.json in a parent (a checkout
  // under /tmp, say) made it build the wrong tree, and the server actions' manifest came out
  // empty.
  turbopack: { root: path.dirname(fileURLToPath(import.meta.url)) },
  // Lets parallel builds (e.g. several test runs on one machine) keep separate outputs.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Native and wasm-loading server packages stay out of the bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@prisma/client"],
  // The app's own files only; tests and scripts are checked by `npm run typecheck`.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // forbidden(): a status link with a wrong token answers a real 403.
  experimental: { authInterrupts: true },
  // Product and brand images are served by the shop itself (app/media/), content-hashed and
  // immutable: next/image resizes them to the sizes the pages ask for (sharp) and may keep
  // each result as long as it likes. No remote image is ever optimised.
  images: {
    localPatterns: [{ pathname: "/media/**", search: "" }],
    deviceSizes: [390, 640, 828, 1080, 1280, 1600],
    imageSizes: [48, 96, 160, 256, 384],
    minimumCacheTTL: 31_536_000,
    formats: ["image/webp"],
  },
};

export default withNextIntl(config);
