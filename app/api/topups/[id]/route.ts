// GET /api/topups/:id — one of the caller's top-ups (id or number) and, while unpaid, how to pay it.
import { withApi } from "@/lib/api/with-api";
import { ownTopup } from "@/lib/topups/topup-views";

export const GET = withApi({ access: "user" }, async ({ params, user }) => ownTopup(user!.id, params.id ?? ""));
