import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { INT8_OID, parseInt8, parseUtcTimestamp, TIMESTAMP_OID, TYPE_PARSERS_SOURCE } from "./pg-type-parsers";

describe("pg type parsers", () => {
  it("read a timestamp as UTC and an int8 past 2^53 exactly", () => {
    expect(parseUtcTimestamp("2026-12-06 18:20:01.123").toISOString()).toBe("2026-12-06T18:20:01.123Z");
    expect(parseInt8("9007199254740993")).toBe(9007199254740993n);
  });

  it("run the same from their source alone, as the read worker runs them", () => {
    // A context of its own: nothing of this module's scope is there, as in the worker.
    const worker = runInNewContext(`${TYPE_PARSERS_SOURCE}\n({ TIMESTAMP_OID, INT8_OID, parseUtcTimestamp, parseInt8 })`) as {
      TIMESTAMP_OID: number;
      INT8_OID: number;
      parseUtcTimestamp: (text: string) => Date;
      parseInt8: (text: string) => bigint;
    };
    expect([worker.TIMESTAMP_OID, worker.INT8_OID]).toEqual([TIMESTAMP_OID, INT8_OID]);
    expect(worker.parseUtcTimestamp("2026-12-06 18:20:01.123").getTime()).toBe(Date.UTC(2026, 11, 6, 18, 20, 1, 123));
    expect(worker.parseInt8("-9007199254740993")).toBe(-9007199254740993n);
  });
});
