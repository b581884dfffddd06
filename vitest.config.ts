import path from "node:path";
import { defineConfig } from "vitest/config";
import WeightedShards from "./tests/support/weighted-shards.ts";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Outside Next's server bundle, `server-only` has nothing to guard.
  "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    // scripts/run-tests.ts runs the API suite in shards side by side: dealt by measured time, not by hash.
    sequence: { sequencer: WeightedShards },
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"], environment: "node" } },
      {
        resolve: { alias },
        test: {
          name: "api",
          include: ["tests/api/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          // One server and one database per run: files take turns so each test's
          // concurrency is its own (the race tests rely on it).
          fileParallelism: false,
          // ...in one process: a process per file cost about 85 s of a 540 s run (a fresh
          // worker re-importing vitest, Prisma and lib/ 63 times). A file that loads modules
          // under an environment of its own resets the module registry after (vi.resetModules);
          // stubbed variables are put back after each test.
          isolate: false,
          unstubEnvs: true,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
