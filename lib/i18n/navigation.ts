// Locale-aware Link, redirect and path helpers: the one place pages and components take them from.
export { redirect, usePathname, useRouter, getPathname } from "./locale-navigation";
export { IntentLink as Link } from "./intent-link";
