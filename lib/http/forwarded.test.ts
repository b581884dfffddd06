import { describe, expect, it } from "vitest";
import { appendForwardedFor, trustedProto } from "./forwarded";

describe("trustedProto", () => {
  it("believes no client when no proxy is trusted", () => {
    expect(trustedProto("https", 0)).toBe("http");
  });
  it("reads the entry the outermost trusted proxy wrote", () => {
    expect(trustedProto("https", 1)).toBe("https");
    expect(trustedProto("HTTPS", 1)).toBe("https");
    // The client wrote "https"; the one trusted proxy appended what it really saw.
    expect(trustedProto("https, http", 1)).toBe("http");
    expect(trustedProto("https, http", 2)).toBe("https");
    expect(trustedProto(undefined, 1)).toBe("http");
  });
});

describe("appendForwardedFor", () => {
  it("puts the socket's address last", () => {
    expect(appendForwardedFor(undefined, "10.0.0.1")).toBe("10.0.0.1");
    expect(appendForwardedFor("1.2.3.4", "10.0.0.1")).toBe("1.2.3.4, 10.0.0.1");
  });
});
