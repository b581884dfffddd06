import { describe, expect, it } from "vitest";
import { AppError, errors } from "./app-error";

describe("AppError", () => {
  it("keeps code, status and message, and is an Error", () => {
    const error = errors.orderNotFound();
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(AppError);
    expect([error.code, error.status, error.message, error.name]).toEqual(["order_not_found", 404, "Order not found", "AppError"]);
  });

  it("captures no stack frames for a refusal, and leaves the process's limit as it was", () => {
    const limit = Error.stackTraceLimit;
    const refusal = new AppError("rate_limited", "Too many requests", { retryAfterSeconds: 3 });
    expect(refusal.stack).toBe("AppError: Too many requests");
    expect(refusal.details.retryAfterSeconds).toBe(3);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error("ordinary").stack).toMatch(/\n\s+at /);
  });

  it("keeps its stack for a server error, which is logged", () => {
    expect(new AppError("internal", "Internal server error").stack).toMatch(/\n\s+at /);
    expect(new AppError("payment_provider_unavailable", "down").stack).toMatch(/\n\s+at /);
  });
});
