import type { Locale } from "./routing";

/** The `<field>_zh` or `<field>_en` value of bilingual data (products, categories). */
export function localized<F extends string, T extends Record<`${F}_zh` | `${F}_en`, string>>(data: T, field: F, locale: Locale): string {
  return data[`${field}_${locale}`];
}
