import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { findProduct } from "@/lib/catalog/storefront";

// The lookup happens here, above this segment's loading.tsx: a notFound() inside the
// skeleton's Suspense boundary would come after the 200 status was sent. The page reads
// the same request-cached product.
export default async function ProductLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  if (!(await findProduct((await params).slug))) notFound();
  return children;
}
