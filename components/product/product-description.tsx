import { Markdown } from "@/components/content/markdown";

/** A product's description: the operator's Markdown, sanitised and rendered on the server. */
export function ProductDescription({ markdown }: { markdown: string }) {
  // Headings start at <h3>: the description sits under the page's "Description" <h2>.
  return <Markdown source={markdown} headingLevel={3} className="mt-2" testId="description" />;
}
