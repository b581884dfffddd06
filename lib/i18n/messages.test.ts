import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import zh from "../../messages/zh.json";
import { routing } from "./routing";

/** Every leaf key as a dotted path, e.g. "Catalogue.title". */
function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("message files", () => {
  it("have one file per locale", () => {
    expect(routing.locales).toEqual(["zh", "en"]);
  });

  it("zh and en have identical key sets", () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it("have no empty messages", () => {
    for (const messages of [zh, en]) {
      const empty = keys(messages).filter((key) => {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        return typeof value !== "string" || value.trim() === "";
      });
      expect(empty).toEqual([]);
    }
  });
});
