// npm run lint:openapi (and a step of npm test): the published OpenAPI document, generated
// from the same code that serves GET /api/openapi.json, must pass Redocly's linter with no
// error and no warning (redocly.yaml: the recommended rules, every one an error). A new
// endpoint without an operationId, a `security` entry or its real 4xx answers fails here.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { openApiDocument } from "../lib/api/openapi";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
mkdirSync("data/test", { recursive: true });
const file = `data/test/openapi-${process.pid}.json`;
writeFileSync(file, JSON.stringify(openApiDocument(version), null, 2));
const result = spawnSync(
  process.execPath,
  ["node_modules/@redocly/cli/bin/cli.js", "lint", file, "--config", "redocly.yaml", "--format", "codeframe"],
  {
    stdio: "inherit",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  },
);
if (result.status !== 0) {
  console.error(
    "\nThe OpenAPI document (lib/api/openapi.ts) does not pass the linter. Every operation needs an operationId, " +
      "`security` ([] when public), and the 4xx answers the server really sends (400, 413/415 on POST, 429 where limited).",
  );
}
process.exit(result.status ?? 1);
