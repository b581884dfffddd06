// The account's top-up actions called with arguments no form sends (a client can encode
// anything): refused or answered null, never a 500 (the fuzz's signed-in action cases found both).
import { describe, expect, inject, it } from "vitest";
import { makeUser } from "../support/fixtures";
import { webSignIn } from "../support/admin";
import { serverActionEntries } from "../support/server-actions";

const call = (name: string, args: unknown[], cookie?: string) => {
  const action = serverActionEntries().get(name)!;
  return fetch(`${inject("baseUrl")}${action.page}`, {
    method: "POST",
    headers: { "next-action": action.id, "content-type": "text/plain;charset=UTF-8", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(args),
    redirect: "manual",
  });
};

describe("top-up actions with arguments that are no form", () => {
  it("start no top-up and answer no status, without a server error", async () => {
    const user = await makeUser();
    const cookie = (await webSignIn(user.email, user.password)).join("; ");
    for (const value of [null, 42, "text", "\ud800", { locale: "en" }, []]) {
      // It read the locale with form.get() before anything else: a TypeError, signed in or not.
      for (const session of [cookie, undefined]) {
        expect((await call("createTopupAction", [value, value], session)).status, JSON.stringify(value)).toBeLessThan(500);
      }
      if (value === "text") continue;
      // A top-up id that is no string went to the database as it was; a lone surrogate failed in SQLite's driver.
      const status = await call("topupStatusAction", [value], cookie);
      expect(status.status, JSON.stringify(value)).toBe(200);
      expect(await status.text()).toMatch(/^0:.*\n1:null\n?$/s);
    }
  });
});
