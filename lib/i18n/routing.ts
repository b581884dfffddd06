import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["zh", "en"],
  defaultLocale: "zh",
});

export type Locale = (typeof routing.locales)[number];

/** One of the shop's locales (next-intl's hasLocale, without its React entry: scripts load this too). */
export const isLocale = (value: unknown): value is Locale => (routing.locales as readonly unknown[]).includes(value);
