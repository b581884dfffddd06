import type { NextConfig } from "next";

const config: NextConfig = {
  poweredByHeader: false,
  // Lets parallel builds (e.g. several test runs on one machine) keep separate outputs.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Native and wasm-loading server packages stay out of the bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@prisma/client"],
  typedRoutes: false,
};

export default config;
