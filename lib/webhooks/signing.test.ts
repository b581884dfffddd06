import { describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { isWebhookSecret, newWebhookSecret, sign, signedHeaders } from "./signing";

describe("Standard Webhooks signing", () => {
  it("matches the specification's own example", () => {
    // From the spec's reference test vectors (standard-webhooks/spec, "Signature scheme").
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const body = '{"test": 2432232314}';
    expect(sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body)).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("is verified by the reference library, with either secret during a rotation", () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const body = JSON.stringify({ type: "order.paid", timestamp: new Date().toISOString(), data: { order: { id: "o1" } } });
    const headers = signedHeaders([current, previous], "msg_abc", body);
    expect(headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(new Webhook(current).verify(body, headers)).toEqual(JSON.parse(body));
    expect(new Webhook(previous).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(current).verify(body.replace("o1", "o2"), headers)).toThrow();
  });

  it("generates whsec_ secrets of 32 bytes and accepts only well-formed ones", () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(isWebhookSecret(secret)).toBe(true);
    expect(isWebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).toBe(true);
    for (const bad of [
      "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
      "whsec_",
      "whsec_short==",
      "whsec_!!!!" + "A".repeat(40),
      `whsec_${"A".repeat(100)}`,
    ]) {
      expect(isWebhookSecret(bad), bad).toBe(false);
    }
  });
});
