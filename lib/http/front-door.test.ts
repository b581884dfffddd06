import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, actionBodyRefusal, pageBodyRefusal, urlRefusal } from "./front-door";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return new Response(data);
};
async function multipart(fields: Record<string, string>, nextAction: boolean) {
  const response = form(fields);
  const headers = { "content-type": response.headers.get("content-type")!, ...(nextAction ? { "next-action": "abc" } : {}) };
  return actionBodyRefusal(headers, Buffer.from(await response.arrayBuffer()));
}

describe("urlRefusal", () => {
  it("refuses paths Next cannot decode, and only those", () => {
    for (const bad of ["/api/products/%ff", "/api/admin/orders/%ff/confirm", "/zh/%", "/a%zz"])
      expect(urlRefusal(bad)?.status, bad).toBe(400);
    for (const good of ["/api/products/%E4%B8%AD", "/zh/products/x?q=%ff", "/"]) expect(urlRefusal(good), good).toBeNull();
  });
});

describe("pageBodyRefusal", () => {
  it("answers 413 for a page body over the server-action limit, 411 for one of unknown length", () => {
    expect(pageBodyRefusal("POST", "/zh/sign-in", { "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) })?.status).toBe(413);
    expect(pageBodyRefusal("POST", "/zh/sign-in", { "transfer-encoding": "chunked" })?.status).toBe(411);
    expect(pageBodyRefusal("POST", "/zh/sign-in", { "content-length": "500" })).toBeNull();
  });
  it("leaves the API (its own limits) and reads alone", () => {
    expect(pageBodyRefusal("POST", "/api/orders/create", { "content-length": "99999999" })).toBeNull();
    expect(pageBodyRefusal("GET", "/zh", {})).toBeNull();
  });
});

describe("actionBodyRefusal", () => {
  it("accepts what React sends: JSON text, and multipart with JSON parts and form fields", async () => {
    expect(
      await actionBodyRefusal({ "next-action": "abc", "content-type": "text/plain;charset=UTF-8" }, Buffer.from('["$K1"]')),
    ).toBeNull();
    expect(await multipart({ "0": '["$K1"]', "1_email": "a@example.com", "1_password": "{not json" }, true)).toBeNull();
    expect(
      await multipart({ $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"x","bound":"$@1"}', "$ACTION_1:1": "[]", email: "x" }, false),
    ).toBeNull();
  });
  it("refuses state React cannot decode", async () => {
    expect((await actionBodyRefusal({ "next-action": "abc", "content-type": "text/plain" }, Buffer.from('["$K1",{')))?.status).toBe(400);
    expect((await multipart({ "0": "[{" }, true))?.status).toBe(400);
    expect((await multipart({ "$ACTION_1:1": "[{" }, false))?.status).toBe(400);
    const broken = { "next-action": "abc", "content-type": "multipart/form-data; boundary=xyz" };
    expect((await actionBodyRefusal(broken, Buffer.from("--xyz\r\ngarbage")))?.status).toBe(400);
  });
});

describe("actionBodyRefusal: references React cannot resolve", () => {
  const text = (body: string) => actionBodyRefusal({ "next-action": "abc", "content-type": "text/plain" }, Buffer.from(body));
  it("refuses arguments that are not a list, references to chunks not sent, unknown types and deep nesting", async () => {
    for (const body of [
      '"x"',
      '{"a":1}',
      '["$Q1"]',
      '["$1"]',
      '["$W2:x"]',
      '["$Zz"]',
      '["$n12x"]',
      `[${"[".repeat(100)}${"]".repeat(100)}]`,
    ]) {
      expect((await text(body))?.status, body).toBe(400);
    }
  });
  it("accepts the standalone values and references to chunks that were sent", async () => {
    for (const body of ['["$K1", "$$literal", "$T", "$u", "$N", "$I", "$-0", "$D2026-01-01T00:00:00.000Z", "$n123", null, 5]']) {
      expect(await text(body), body).toBeNull();
    }
    expect(await multipart({ "0": '["$Q1", "$@2"]', "1": "[]", "2": '"resolved"' }, true)).toBeNull();
  });
});
