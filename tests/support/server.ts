// Starts one instance of the production server (our HTTP server over the `next build`
// output, from its bundle: scripts/server-bundle.ts) on a free port, with the environment of
// this test run.
import { spawn } from "node:child_process";
import { appendFileSync } from "node:fs";
import { createServer } from "node:net";
import { serverCommand } from "../../scripts/server-bundle";

export type RunningServer = { baseUrl: string; pid: number; log: () => string; stop: () => Promise<void>; kill: () => Promise<void> };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** `extraEnv` may depend on the server's own address (SITE_URL for the cashier rails' notify URLs). */
export async function startServer(
  extraEnv: Record<string, string> | ((baseUrl: string) => Record<string, string>) = {},
): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  if (typeof extraEnv === "function") extraEnv = extraEnv(baseUrl);
  let log = "";
  const child = spawn(process.execPath, await serverCommand(), {
    env: { ...process.env, NEXTAUTH_URL: baseUrl, ...extraEnv, PORT: String(port), HOSTNAME: "127.0.0.1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (log += chunk));
  child.stderr?.on("data", (chunk) => {
    log += chunk;
    if (process.env.TEST_SERVER_LOG === "1") process.stderr.write(chunk);
  });
  const signal = (name: NodeJS.Signals) => () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill(name);
    });
  // A test file's own server that answered 500 leaves its log where scripts/run-tests.ts
  // prints it, so a failure seen only in CI shows its cause (the suite's shared server is
  // reported by global-setup.ts).
  const reportingErrors = (stopping: () => Promise<void>) => async () => {
    await stopping();
    if (process.env.SERVER_ERRORS_FILE && /unhandled error/.test(log)) {
      appendFileSync(`${process.env.SERVER_ERRORS_FILE}.files`, `--- a test file's server (${baseUrl}):\n${log.slice(-3000)}\n`);
    }
  };
  const stop = reportingErrors(signal("SIGTERM"));
  // A crash: no shutdown handler runs, leases are not handed back.
  const kill = reportingErrors(signal("SIGKILL"));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { baseUrl, pid: child.pid!, log: () => log, stop, kill };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
