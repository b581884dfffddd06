// GET /api/admin/outbox?status=&kind=&limit= — the mail outbox for the operator: what went out, what waits, what failed.
import { withApi } from "@/lib/api/with-api";
import { listOutbox } from "@/lib/mail/outbox-admin";

export const GET = withApi({ access: "admin" }, async ({ query }) => listOutbox(query));
