import { describe, expect, it } from "vitest";
import { acceptLanguageLocale, localeOf } from "./request-locale";

describe("acceptLanguageLocale", () => {
  it("picks the first language the shop speaks, by weight", () => {
    expect(acceptLanguageLocale("en-US,en;q=0.9")).toBe("en");
    expect(acceptLanguageLocale("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh");
    expect(acceptLanguageLocale("fr-FR,fr;q=0.9,en;q=0.5,zh;q=0.4")).toBe("en");
    expect(acceptLanguageLocale("de;q=1,zh-TW;q=0.7")).toBe("zh");
  });

  it("falls back to Chinese without a header, with a wildcard or with nothing we speak", () => {
    expect(acceptLanguageLocale(null)).toBe("zh");
    expect(acceptLanguageLocale("*")).toBe("zh");
    expect(acceptLanguageLocale("fr, de")).toBe("zh");
    expect(acceptLanguageLocale(";;;q=x")).toBe("zh");
  });
});

describe("localeOf", () => {
  it("keeps a locale the shop speaks and maps anything else to the default", () => {
    expect(localeOf("en")).toBe("en");
    expect(localeOf("zh")).toBe("zh");
    expect(localeOf("EN")).toBe("zh");
    expect(localeOf(undefined)).toBe("zh");
  });
});
