// Migrates the fresh database that scripts/run-tests.ts chose (DATABASE_URL) and starts
// the production server the API tests talk to.
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
      // A 500 is a defect even where a test tolerated it: fail the run and show why.
      throw new Error(`the server logged unhandled errors:\n${server.log().slice(-4000)}`);
    }
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
