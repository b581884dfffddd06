// GET /api/admin/categories — every category with its product count; POST creates one (201).
import { NextResponse } from "next/server";
import { withApi } from "@/lib/api/with-api";
import { actorOf } from "@/lib/admin/actor";
import { createCategory, listCategories } from "@/lib/admin/categories";
import { createCategorySchema } from "@/lib/admin/request-schemas";

export const GET = withApi({ access: "admin" }, async () => ({ categories: await listCategories() }));

export const POST = withApi({ access: "admin", body: createCategorySchema }, async (ctx) =>
  NextResponse.json({ success: true, category: await createCategory(actorOf(ctx), ctx.body) }, { status: 201 }),
);
