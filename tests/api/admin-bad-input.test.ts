// What the fuzz (scripts/fuzz) found in the operator's API by replacing one field of a refused
// body at a time: each is a 4xx in the contract's shape now, and writes nothing.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { api } from "../support/api";
import { auditCount, makeAdmin } from "../support/admin";

describe("the operator's API refuses bad input with a 4xx", () => {
  it("a webhook URL that does not parse is a 400 (the credentials check ran on it and threw)", async () => {
    const admin = await makeAdmin();
    for (const url of ["not a url", "", "<script>alert(1)</script>"]) {
      const created = await api("/api/admin/webhooks", { token: admin.token, json: { url, events: ["order.paid"] } });
      expect(created.status, url).toBe(400);
      expect(created.body).toMatchObject({ success: false, code: "validation" });
      const patched = await api(`/api/admin/webhooks/${randomUUID()}`, { method: "PATCH", token: admin.token, json: { url } });
      expect(patched.status, url).toBe(400);
    }
  });

  it("a string with a lone surrogate is a 400 before any query (SQLite's driver failed on it)", async () => {
    const admin = await makeAdmin();
    const audits = await auditCount();
    const slug = `surrogate-${randomUUID().slice(0, 8)}`;
    const category = await api("/api/admin/categories", { token: admin.token, json: { slug, name_zh: "\ud800", name_en: "x" } });
    expect(category.status).toBe(400);
    expect(category.body).toMatchObject({ success: false, error: "Strings must be valid Unicode (no lone surrogates)" });
    const product = await api("/api/admin/products", {
      token: admin.token,
      json: { slug, name_zh: "x", name_en: "x", price: "1.00", category: "\udfff" },
    });
    expect(product.status).toBe(400);
    // An optional body (an order action's note) goes through the same parser; a pair is fine.
    const note = await api(`/api/admin/orders/${randomUUID()}/confirm`, { token: admin.token, json: { note: "a\ud800" } });
    expect(note.status).toBe(400);
    const paired = await api(`/api/admin/orders/${randomUUID()}/confirm`, { token: admin.token, json: { note: "🙂" } });
    expect(paired.status).toBe(404);
    expect(await auditCount()).toBe(audits);
  });

  it("an optional body is JSON by its media type only, not by a substring of the header", async () => {
    const admin = await makeAdmin();
    const answer = await api(`/api/admin/orders/${randomUUID()}/cancel`, {
      token: admin.token,
      body: "{}",
      headers: { "content-type": "text/plain; charset=application/json" },
    });
    expect(answer.status).toBe(415);
  });

  it("a settings PATCH with no setting in it is a 400, not an audit entry of nothing", async () => {
    const admin = await makeAdmin();
    const audits = await auditCount();
    const answer = await api("/api/admin/settings", { method: "PATCH", token: admin.token, json: {} });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ success: false, error: expect.stringContaining("at least one setting") });
    expect(await auditCount()).toBe(audits);
  });
});
