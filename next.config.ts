import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const config: NextConfig = {
  poweredByHeader: false,
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
