// Migrates the fresh database that scripts/run-tests.ts chose (DATABASE_URL) and starts
// the production server the API tests talk to.
import { writeFileSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { migrate } from "../../lib/db/migrate";
import { startServer } from "./server";

export async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (!url || !/test/.test(url)) {
    throw new Error("refusing to run the API tests against a database whose URL does not name a test database");
  }
  await migrate(url);
  const server = await startServer();
  project.provide("baseUrl", server.baseUrl);
  return async () => {
    await server.stop();
    if (/unhandled error/.test(server.log())) {
      // A 500 is a defect even where a test tolerated it: fail the run and show why. Vitest
      // prints an error thrown here but still exits 0, so scripts/run-tests.ts also looks for
      // this file and counts it as a failure.
      const report = `the server logged unhandled errors:\n${server.log().slice(-4000)}`;
      if (process.env.SERVER_ERRORS_FILE) writeFileSync(process.env.SERVER_ERRORS_FILE, report);
      throw new Error(report);
    }
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
