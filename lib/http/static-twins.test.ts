import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { staticTwin, twinParams } from "./static-twins";

describe("staticTwin", () => {
  it("hands one product and the status poll to their twins, the query kept and the segment as sent", () => {
    expect(staticTwin("GET", "/api/products/demo-mailbox-account")).toEqual({
      url: "/api/twins/product",
      params: "idOrSlug=demo-mailbox-account",
    });
    expect(staticTwin("HEAD", "/api/products/a%2Db?x=1&y")).toEqual({ url: "/api/twins/product?x=1&y", params: "idOrSlug=a%2Db" });
    expect(staticTwin("GET", "/api/orders/ORD-1/status?token=t%2Bk")).toEqual({
      url: "/api/twins/order-status?token=t%2Bk",
      params: "id=ORD-1",
    });
  });
  it("leaves every other request to Next's own routing", () => {
    for (const [method, url] of [
      ["POST", "/api/products/demo"],
      ["DELETE", "/api/orders/ORD-1/status"],
      ["GET", "/api/products"],
      ["GET", "/api/products/"],
      ["GET", "/api/products/demo/"],
      ["GET", "/api/products/a/b"],
      ["GET", "/api/orders/ORD-1"],
      ["GET", "/api/orders/ORD-1/status/"],
      ["GET", "/api/orders/create"],
      ["GET", "/zh/products/demo"],
      ["GET", "/api/twins/product"],
    ] as const)
      expect(staticTwin(method, url), `${method} ${url}`).toBeNull();
  });
});

describe("twinParams", () => {
  it("decodes the segment as Next decodes a dynamic one: percent-decoding only, a plus stays a plus", () => {
    expect(twinParams("idOrSlug=a%2Db")).toEqual({ idOrSlug: "a-b" });
    expect(twinParams("id=a+b%E4%B8%AD")).toEqual({ id: "a+b中" });
    expect(twinParams("id=a=b")).toEqual({ id: "a=b" });
  });
  it("gives no params for no header, a malformed one or a segment that does not decode", () => {
    for (const header of [null, "", "noequals", "=value", "id=%E0%A4%A"]) expect(twinParams(header), String(header)).toEqual({});
  });
});

describe("the API's routes", () => {
  const routes = (readdirSync("app/api", { recursive: true }) as string[])
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => `/api/${path.dirname(file).split(path.sep).join("/")}`);

  it("have no static route a twin would take the path of", () => {
    const staticRoutes = routes.filter((route) => !route.includes("[") && !route.startsWith("/api/twins/"));
    expect(staticRoutes).toContain("/api/orders/query");
    for (const route of staticRoutes) expect(staticTwin("GET", route), route).toBeNull();
  });

  it("have the dynamic route and the twin for each twinned path", () => {
    expect(routes).toEqual(expect.arrayContaining(["/api/products/[idOrSlug]", "/api/twins/product"]));
    expect(routes).toEqual(expect.arrayContaining(["/api/orders/[id]/status", "/api/twins/order-status"]));
  });
});
