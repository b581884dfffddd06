// Markdown as one line of plain text, for <meta name="description"> and OpenGraph: search
// engines and link previews show text, not Markdown syntax or HTML.
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import type { Nodes } from "mdast";

// Containers whose children are separate blocks: their texts are joined with a space
// (toString alone would glue list items together: "- a\n- b" would read "ab").
const containers = new Set(["root", "list", "listItem", "blockquote", "table", "tableRow"]);

function blockTexts(node: Nodes): string[] {
  if (containers.has(node.type) && "children" in node) return node.children.flatMap((child) => blockTexts(child as Nodes));
  if (node.type === "html") return [];
  return [toString(node, { includeHtml: false })];
}

export function markdownToPlainText(source: string, maxLength = 160): string {
  const text = blockTexts(fromMarkdown(source)).join(" ").replace(/\s+/g, " ").trim();
  if (text.length <= maxLength) return text;
  return `${text.slice(0, maxLength - 1).trimEnd()}…`;
}
