// Type-checked message keys and locales for next-intl (its AppConfig augmentation).
import type messages from "../../messages/zh.json";
import type { routing } from "./routing";

declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
