import type { ReactNode } from "react";
import "./globals.css";

// The document (<html lang>, header, footer) is app/[locale]/layout.tsx: the root layout
// only passes through, as in next-intl's App Router example. app/api has no layout.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
