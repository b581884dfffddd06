// GET /brand/icon.svg?accent=rrggbb — the shop's mark as a scalable favicon (depends on the query alone: immutable).
import { brandMarkSvg } from "@/lib/brand/brand-mark";

export function GET(req: Request) {
  const accent = new URL(req.url).searchParams.get("accent") ?? "";
  if (!/^[0-9a-f]{6}$/.test(accent)) return new Response("Not found", { status: 404 });
  return new Response(brandMarkSvg(`#${accent}`), {
    headers: {
      "Content-Type": "image/svg+xml",
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
