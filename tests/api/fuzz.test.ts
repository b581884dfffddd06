// A fast sample of `npm run fuzz` (scripts/fuzz/): hostile input to every API route, next-auth,
// pages and server actions. No 5xx, every /api refusal in the contract's shape and listed in
// the OpenAPI document, and refused requests change no table.
import { describe, expect, inject, it } from "vitest";
import { db, makeUser } from "../support/fixtures";
import { serverActions } from "../support/server-actions";
import { isPostgres } from "@/lib/env";
import { expireOverdueOrders } from "@/lib/orders/expire-orders";
import { fuzzCases } from "../../scripts/fuzz/cases";
import { takeSnapshot } from "../../scripts/fuzz/db-snapshot";
import { runFuzz } from "../../scripts/fuzz/runner";

// Every 15th case: all kinds of input, most routes and every action, in a minute or two.
const SAMPLE_EVERY = 15;

describe("fuzzing (a sample of npm run fuzz)", () => {
  it(
    "answers every hostile request with a 4xx in the contract's shape, and refused requests write nothing",
    { timeout: 600_000 },
    async () => {
      const customer = await makeUser();
      const admin = await makeUser({ role: "admin" });
      const cases = fuzzCases({ userToken: customer.token, adminToken: admin.token, takenEmail: customer.email, actions: serverActions() });
      const sample = cases.filter((_, index) => index % SAMPLE_EVERY === 0);
      expect(sample.length).toBeGreaterThan(100);
      const openapi = await (await fetch(`${inject("baseUrl")}/api/openapi.json`)).json();
      const report = await runFuzz(sample, {
        baseUrl: inject("baseUrl"),
        // Orders other test files left to expire are closed first, so the server's sweeper cannot change a table mid-batch.
        snapshot: async () => {
          await expireOverdueOrders();
          return takeSnapshot(db, isPostgres);
        },
        openapi,
        batchSize: 25,
      });
      expect(report.findings).toEqual([]);
      expect(report.sent).toBe(sample.length);
      expect(Object.keys(report.statuses).every((status) => Number(status) < 500)).toBe(true);
    },
  );
});
