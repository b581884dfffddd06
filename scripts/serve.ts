// npm start / npm run demo: prepare the database, build once if there is no build, start.
import "./load-env";
import { spawnSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { serverCommand } from "./server-bundle";

// Next's anonymous telemetry is off unless the operator turns it on.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const demo = process.argv.includes("--demo");
const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/prepare-db.ts", ...(demo ? ["--demo"] : [])]);
if (!existsSync(`${process.env.NEXT_DIST_DIR ?? ".next"}/BUILD_ID`)) run("npm", ["run", "--silent", "build"]);
const port = process.env.PORT ?? "3000";
console.log(`[stockline] starting on http://localhost:${port}`);
const server = spawn(process.execPath, await serverCommand(), {
  stdio: "inherit",
  env: {
    NEXTAUTH_URL: `http://localhost:${port}`,
    ...process.env,
    PORT: port,
    NODE_ENV: "production",
  },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
