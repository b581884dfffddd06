// One mail as a few plain blocks, written out twice: as plain text (what every mail app can
// show, and what spam filters like to find) and as simple HTML (one centred column, inline
// styles, a table for facts: the subset Gmail, Outlook and Apple Mail all render alike).
import { languageTag } from "../i18n/format";
import type { Locale } from "../i18n/routing";

export type MailBlock =
  | { kind: "text"; text: string }
  | { kind: "facts"; rows: [label: string, value: string][] }
  | { kind: "button"; label: string; href: string }
  | { kind: "lines"; lines: string[] }
  | { kind: "note"; text: string };

export type MailDocument = { locale: Locale; subject: string; preview: string; blocks: MailBlock[] };
export type RenderedMail = { subject: string; text: string; html: string };

export function renderMail(doc: MailDocument): RenderedMail {
  return { subject: doc.subject, text: renderText(doc), html: renderHtml(doc) };
}

function renderText(doc: MailDocument): string {
  // Chinese text takes the full-width colon.
  const colon = doc.locale === "zh" ? "：" : ": ";
  const parts = doc.blocks.map((block) => {
    switch (block.kind) {
      case "text":
      case "note":
        return block.text;
      case "facts":
        return block.rows.map(([label, value]) => `${label}${colon}${value}`).join("\n");
      case "button":
        return `${block.label}${colon.trim()}\n${block.href}`;
      case "lines":
        return block.lines.map((line) => `  ${line}`).join("\n");
    }
  });
  return `${parts.join("\n\n")}\n`;
}

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

const font = "font-family:-apple-system,'Segoe UI',Roboto,'PingFang SC','Microsoft YaHei',Arial,sans-serif";

function renderBlock(block: MailBlock): string {
  switch (block.kind) {
    case "text":
      return `<p style="margin:0 0 16px;font-size:16px;line-height:1.6">${escape(block.text)}</p>`;
    case "note":
      return `<p style="margin:0 0 16px;font-size:14px;line-height:1.5;color:#475569">${escape(block.text)}</p>`;
    case "facts":
      return `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:0 0 16px;border-collapse:collapse;width:100%">${block.rows
        .map(
          ([label, value]) =>
            `<tr><td width="112" style="width:112px;padding:6px 12px 6px 0;font-size:14px;color:#475569;vertical-align:top">${escape(label)}</td>` +
            `<td style="padding:6px 0;font-size:15px;font-weight:600;word-break:break-all">${escape(value)}</td></tr>`,
        )
        .join("")}</table>`;
    case "button":
      return (
        `<p style="margin:8px 0 16px"><a href="${escape(block.href)}" style="display:inline-block;background:#4338ca;color:#ffffff;` +
        `text-decoration:none;font-weight:600;font-size:16px;padding:12px 20px;border-radius:8px">${escape(block.label)}</a></p>` +
        `<p style="margin:0 0 16px;font-size:13px;line-height:1.5;color:#475569;word-break:break-all">` +
        `<a href="${escape(block.href)}" style="color:#4338ca">${escape(block.href)}</a></p>`
      );
    case "lines":
      return `<pre style="margin:0 0 16px;padding:12px;background:#f1f5f9;border-radius:6px;font-size:14px;line-height:1.5;white-space:pre-wrap;word-break:break-all;font-family:Menlo,Consolas,monospace">${block.lines
        .map(escape)
        .join("\n")}</pre>`;
  }
}

function renderHtml(doc: MailDocument): string {
  const lang = languageTag[doc.locale];
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(doc.subject)}</title></head>
<body style="margin:0;padding:0;background:#f8fafc;color:#0f172a;${font}">
<div style="display:none;max-height:0;overflow:hidden">${escape(doc.preview)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f8fafc"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border:1px solid #e2e8f0;border-radius:12px"><tr><td style="padding:24px;${font}">
${doc.blocks.map(renderBlock).join("\n")}
</td></tr></table>
</td></tr></table>
</body></html>
`;
}
