// Scripts read .env files the way `next start` does, so both see the same configuration.
// Import this first: lib/env.ts validates process.env when it is first imported.
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd(), false, { info: () => undefined, error: console.error });
