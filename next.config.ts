import type { NextConfig } from "next";

const config: NextConfig = {
  poweredByHeader: false,
  // Native and wasm-loading server packages stay out of the bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@prisma/client"],
  typedRoutes: false,
};

export default config;
