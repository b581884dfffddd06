// GET /brand/theme.css?accent=rrggbb — the accent palette as CSS variables. The answer depends
// on the query alone, so it is cached as immutable; the layout links it with the current accent.
import { accentStylesheet } from "@/lib/brand/accent-palette";

export function GET(req: Request) {
  const accent = new URL(req.url).searchParams.get("accent") ?? "";
  if (!/^[0-9a-f]{6}$/.test(accent))
    return new Response("/* unknown accent */\n", { status: 404, headers: { "Content-Type": "text/css" } });
  return new Response(accentStylesheet(`#${accent}`), {
    headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
