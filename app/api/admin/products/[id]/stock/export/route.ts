// GET /api/admin/products/:id/stock/export — the unsold items as a .txt download, one per line.
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { exportUnsoldItems } from "@/lib/admin/stock";

export const GET = withApi({ access: "admin" }, async (ctx) => {
  const { slug, text, count } = await exportUnsoldItems(actorOf(ctx), ctx.params.id ?? "");
  return new Response(text, {
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "content-disposition": `attachment; filename="${slug}-unsold.txt"`,
      "cache-control": "no-store",
      "x-item-count": String(count),
    },
  });
});
