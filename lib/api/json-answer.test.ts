import { describe, expect, it } from "vitest";
import { COMPRESSED_FROM_BYTES, jsonAnswer } from "./json-answer";

describe("jsonAnswer", () => {
  it("marks an answer under the threshold no-transform, and one at it not", async () => {
    const small = jsonAnswer(JSON.stringify({ success: true }));
    expect(small.headers.get("cache-control")).toBe("no-store, no-transform");
    expect(small.headers.get("content-type")).toBe("application/json");
    expect(await small.json()).toEqual({ success: true });

    const text = JSON.stringify({ success: true, padding: "x".repeat(COMPRESSED_FROM_BYTES) });
    expect(jsonAnswer(text).headers.get("cache-control")).toBe("no-store");
    expect(jsonAnswer(new TextEncoder().encode(text)).headers.get("cache-control")).toBe("no-store");
    expect(jsonAnswer(new TextEncoder().encode("{}")).headers.get("cache-control")).toBe("no-store, no-transform");
  });

  it("keeps the status and the caller's headers", () => {
    const answer = jsonAnswer('{"success":false}', { status: 429, headers: { "Retry-After": "30" } });
    expect(answer.status).toBe(429);
    expect(answer.headers.get("retry-after")).toBe("30");
  });
});
