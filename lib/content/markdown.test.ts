// The Markdown renderer used for product descriptions and support pages: normal Markdown
// renders, anything that could run script does not reach the page.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/content/markdown";
import { markdownToPlainText } from "./plain-text";

const render = (source: string) => renderToStaticMarkup(createElement(Markdown, { source }));

describe("Markdown rendering", () => {
  it("renders a text alike every time (it is parsed once and kept), with the heading level asked", () => {
    const source = "# Title\n\nBody with [a link](/en/faq).";
    const first = render(source);
    expect(render(source)).toBe(first);
    expect(first).toMatch(/^<div[^>]*><h2[^>]*>Title<\/h2>/);
    expect(renderToStaticMarkup(createElement(Markdown, { source, headingLevel: 3 }))).toMatch(/<h3[^>]*>Title<\/h3>/);
    expect(render(`${source} More.`)).toContain("More.");
  });

  it("renders lists, bold, emphasis, links and code", () => {
    const html = render("Intro with **bold**, *italic* and `a----b`.\n\n- one\n- two\n\n1. first\n\n[Help](/en/faq) and [site](https://example.com)\n\n```\nline 1\n```");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<em>italic</em>");
    expect(html).toMatch(/<code[^>]*>a----b<\/code>/);
    expect(html).toMatch(/<ul[^>]*>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol[^>]*>\s*<li>first<\/li>\s*<\/ol>/);
    expect(html).toMatch(/<a href="\/en\/faq"[^>]*>Help<\/a>/);
    expect(html).toMatch(/<a href="https:\/\/example.com"[^>]*>site<\/a>/);
    expect(html).toMatch(/<pre[^>]*><code>line 1\n<\/code><\/pre>/);
  });

  it("removes script tags and raw HTML", () => {
    const html = render('Hello <script>alert(1)</script> world\n\n<script>alert(2)</script>\n\n<div onclick="alert(3)">x</div>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/onclick/i);
    // A block of raw HTML disappears whole; inside a paragraph only the tags go and the
    // words between them stay as inert, escaped text.
    expect(html).not.toContain("alert(2)");
    expect(html).toMatch(/<p[^>]*>Hello alert\(1\) world<\/p>/);
  });

  it("removes on* handlers from HTML the author tried to slip in", () => {
    const html = render('<img src="x" onerror="alert(1)">\n\nText <a href="/" onmouseover="alert(2)">hover</a> end');
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain("end");
  });

  it("removes javascript:, vbscript: and data: link targets", () => {
    const html = render("[a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) [c](vbscript:msgbox) [d](data:text/html;base64,PHNjcmlwdD4=) <javascript:alert(3)>");
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs).toEqual([]);
    // The links stay as text, so the reader still sees what the author wrote.
    expect(html).toMatch(/<a class="[^"]*">a<\/a>/);
  });

  it("keeps mailto: links (the contact page uses one)", () => {
    expect(render("[write](mailto:support@example.com)")).toContain('href="mailto:support@example.com"');
  });

  it("puts Markdown headings below the page's own <h1>", () => {
    const html = render("# Title\n\n## Section\n\n### Detail");
    expect(html).not.toContain("<h1");
    expect(html).toMatch(/<h2[^>]*>Title<\/h2>\s*<h2[^>]*>Section<\/h2>\s*<h3[^>]*>Detail<\/h3>/);
    const nested = renderToStaticMarkup(createElement(Markdown, { source: "## Section", headingLevel: 3 }));
    expect(nested).toMatch(/<h3[^>]*>Section<\/h3>/);
  });
});

describe("markdownToPlainText", () => {
  it("drops Markdown syntax and HTML, keeps the words", () => {
    expect(markdownToPlainText("Demo item: one mailbox per line as `a----b`. **Minimum 5**.\n\n- fast\n- cheap <b>x</b>")).toBe(
      "Demo item: one mailbox per line as a----b. Minimum 5. fast cheap x",
    );
  });

  it("shortens long text with an ellipsis", () => {
    const text = markdownToPlainText("word ".repeat(100), 20);
    expect(text).toHaveLength(20);
    expect(text.endsWith("…")).toBe(true);
  });
});
