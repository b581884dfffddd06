// The production server as the benches run it: the build's server bundle on 127.0.0.1:port,
// its stdout dropped and its stderr shown, answering GET /api/health within a minute.
import { spawn, type ChildProcess } from "node:child_process";
import { serverCommand } from "../server-bundle";

export async function startBenchServer(port: number, env: Record<string, string>, nodeArgs: string[] = []): Promise<ChildProcess> {
  const server = spawn(process.execPath, [...nodeArgs, ...(await serverCommand())], {
    env: { ...process.env, ...env, PORT: String(port), HOSTNAME: "127.0.0.1", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return server;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  server.kill();
  throw new Error("bench server did not start");
}
