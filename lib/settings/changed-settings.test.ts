import { describe, expect, it } from "vitest";
import { changedSettings, shownSettings } from "./changed-settings";
import { settingsSchema } from "./settings-schema";

const blank = settingsSchema.parse({
  shop_name_zh: "",
  shop_name_en: "",
  announcement_zh: "",
  announcement_en: "",
  support_text_zh: "",
  support_text_en: "",
  accent_color: "",
  operator: "",
  support_email: "",
  support_telegram: "",
  support_wechat: "",
  support_qq: "",
  after_sale_zh: "",
  after_sale_en: "",
  order_ttl_minutes: null,
  eth_confirmations: null,
  bsc_confirmations: null,
  btc_confirmations: null,
  price_markup_percent: null,
});

describe("changedSettings", () => {
  it("is only what differs from what the form showed, emptied and cleared fields included", () => {
    const shown = { ...blank, announcement_en: "Closed on Sunday", order_ttl_minutes: 30, price_markup_percent: "1.5" };
    const submitted = { ...shown, announcement_zh: "周日休息", announcement_en: "", order_ttl_minutes: null };
    expect(changedSettings(shown, submitted)).toEqual({ announcement_zh: "周日休息", announcement_en: "", order_ttl_minutes: null });
    expect(changedSettings(shown, shown)).toEqual({});
  });

  it("is every submitted value where the form did not say what it showed", () => {
    const submitted = { ...blank, shop_name_en: "Keys" };
    for (const shown of ["", "not json", JSON.stringify({ shop_name_en: "Keys" }), JSON.stringify({ ...blank, accent_color: "red" })]) {
      expect(changedSettings(shownSettings(shown), submitted)).toEqual(submitted);
    }
    expect(shownSettings(JSON.stringify(submitted))).toEqual(submitted);
  });
});
