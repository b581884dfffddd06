// Operator-written Markdown (product descriptions, support pages) rendered on the server, so
// it costs no client JavaScript. Safe by construction: raw HTML in the source is dropped
// (skipHtml), only the elements below are produced, and react-markdown's URL filter blanks
// javascript:, vbscript: and data: links. Event handler attributes cannot arise at all:
// Markdown has no syntax for them and the HTML that could carry them is never rendered.
import type { ReactNode } from "react";
import ReactMarkdown, { type Components } from "react-markdown";

const allowedElements = [
  "h1", "p", "br", "strong", "em", "del", "code", "pre", "blockquote", "hr",
  "ul", "ol", "li", "a", "h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td",
];

const link = "font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900";

/** Tailwind classes per element, since the shop ships no typography plugin. */
function components(headingLevel: 2 | 3): Components {
  const [major, minor] = headingLevel === 2 ? (["h2", "h3"] as const) : (["h3", "h4"] as const);
  const Major = major;
  const Minor = minor;
  return {
    // Headings are shifted so Markdown written with "#" still sits under the page's own <h1>.
    h1: ({ children }) => <Major className="mt-8 text-lg font-semibold text-slate-900 first:mt-0">{children}</Major>,
    h2: ({ children }) => <Major className="mt-8 text-lg font-semibold text-slate-900 first:mt-0">{children}</Major>,
    h3: ({ children }) => <Minor className="mt-6 font-semibold text-slate-900 first:mt-0">{children}</Minor>,
    h4: ({ children }) => <Minor className="mt-6 font-semibold text-slate-900 first:mt-0">{children}</Minor>,
    p: ({ children }) => <p className="mt-3 break-words first:mt-0">{children}</p>,
    ul: ({ children }) => <ul className="mt-3 list-disc space-y-1 pl-6">{children}</ul>,
    ol: ({ children }) => <ol className="mt-3 list-decimal space-y-1 pl-6">{children}</ol>,
    a: ({ href, children }) => (
      <a href={href || undefined} className={link}>
        {children}
      </a>
    ),
    pre: ({ children }) => <pre className="mt-3 overflow-x-auto rounded-lg bg-slate-900 p-3 font-mono text-sm text-slate-100">{children}</pre>,
    blockquote: ({ children }) => <blockquote className="mt-3 border-l-4 border-slate-200 pl-4 text-slate-600">{children}</blockquote>,
    table: ({ children }) => (
      <div className="mt-3 overflow-x-auto">
        <table className="min-w-full text-left text-sm">{children}</table>
      </div>
    ),
    th: ({ children }) => <th className="border-b border-slate-200 px-2 py-1 font-semibold">{children}</th>,
    td: ({ children }) => <td className="border-b border-slate-100 px-2 py-1">{children}</td>,
  };
}

// Inline code (not inside <pre>) gets a light chip; code blocks keep the dark <pre> look.
const inlineCode = "[&_:not(pre)>code]:[overflow-wrap:anywhere] [&_:not(pre)>code]:rounded [&_:not(pre)>code]:bg-slate-100 [&_:not(pre)>code]:px-1 [&_:not(pre)>code]:py-0.5 [&_:not(pre)>code]:font-mono [&_:not(pre)>code]:text-[0.9em] [&_:not(pre)>code]:text-slate-800";

type Props = { source: string; headingLevel?: 2 | 3; className?: string; testId?: string };

// Parsing is a pure function of the text, and the same few descriptions and support texts are
// shown at every request: each is parsed once and its element tree reused (elements are
// immutable). About 0.7 ms of a product page's 25 ms render in the bench's profile
// (2026-12-04). A bounded copy: the oldest text goes first.
const RENDERED_KEPT = 200;
const rendered = new Map<string, ReactNode>();

function renderedMarkdown(source: string, headingLevel: 2 | 3): ReactNode {
  const key = `${headingLevel}\u0000${source}`;
  let tree = rendered.get(key);
  if (tree === undefined) {
    // Called, not rendered as an element: react-markdown's synchronous component uses no hooks
    // and answers the tree itself, which is what is kept.
    tree = ReactMarkdown({
      skipHtml: true,
      allowedElements,
      unwrapDisallowed: true,
      components: components(headingLevel),
      children: source,
    });
    if (rendered.size >= RENDERED_KEPT) rendered.delete(rendered.keys().next().value!);
    rendered.set(key, tree);
  }
  return tree;
}

export function Markdown({ source, headingLevel = 2, className = "", testId }: Props): ReactNode {
  return (
    <div className={`leading-relaxed text-slate-700 ${inlineCode} ${className}`} data-testid={testId}>
      {renderedMarkdown(source, headingLevel)}
    </div>
  );
}
