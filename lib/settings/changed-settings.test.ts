import { describe, expect, it } from "vitest";
import { changedSettings, shownSettings } from "./changed-settings";
import { UNSET_SETTINGS } from "./settings-schema";

describe("changedSettings", () => {
  it("is only what differs from what the form showed, emptied and cleared fields included", () => {
    const shown = { ...UNSET_SETTINGS, announcement_en: "Closed on Sunday", order_ttl_minutes: 30, price_markup_percent: "1.5" };
    const submitted = { ...shown, announcement_zh: "周日休息", announcement_en: "", order_ttl_minutes: null };
    expect(changedSettings(shown, submitted)).toEqual({ announcement_zh: "周日休息", announcement_en: "", order_ttl_minutes: null });
    expect(changedSettings(shown, shown)).toEqual({});
  });

  it("is every submitted value where the form did not say what it showed", () => {
    const submitted = { ...UNSET_SETTINGS, shop_name_en: "Keys" };
    for (const shown of [
      "",
      "not json",
      JSON.stringify({ shop_name_en: "Keys" }),
      JSON.stringify({ ...UNSET_SETTINGS, accent_color: "red" }),
    ]) {
      expect(changedSettings(shownSettings(shown), submitted)).toEqual(submitted);
    }
    expect(shownSettings(JSON.stringify(submitted))).toEqual(submitted);
  });
});
