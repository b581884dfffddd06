// next-intl's locale-aware navigation for this shop's routing. Pages and components take these
// from lib/i18n/navigation.ts, whose Link prefetches on intent (lib/i18n/intent-link.tsx).
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

export const { Link: LocaleLink, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
