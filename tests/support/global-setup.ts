// Starts the production build (our HTTP server over `next build` output) on a free port,
// against the fresh database that scripts/run-tests.ts chose (DATABASE_URL).
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import type { TestProject } from "vitest/node";
import { migrate } from "../../lib/db/migrate";

let server: ChildProcess | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (!url || !/(stockline_test|test)/.test(url)) {
    throw new Error("refusing to run the API tests against a database whose URL does not name a test database");
  }
  await migrate(url);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = "";
  server = spawn(process.execPath, ["--import", "tsx", "scripts/http-server.ts"], {
    env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk) => (log += chunk));
  server.stderr?.on("data", (chunk) => {
    log += chunk;
    if (process.env.TEST_SERVER_LOG) process.stderr.write(chunk);
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  project.provide("baseUrl", baseUrl);
  return async () => {
    server?.kill("SIGTERM");
    if (/unhandled error/.test(log) && process.env.TEST_SERVER_LOG !== "quiet") {
      // A 500 is a defect even when a test tolerated it; show why it happened.
      console.error(`[tests] the server logged unhandled errors:\n${log.slice(-4000)}`);
    }
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
