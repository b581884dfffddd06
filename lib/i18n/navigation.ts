// Locale-aware Link, redirect and path helpers: the one place pages and components take them from.
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
