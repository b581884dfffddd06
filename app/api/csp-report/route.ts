// POST /api/csp-report — browsers report what the pages' Content-Security-Policy blocked; logged.
import { withApi } from "@/lib/api/with-api";
import { logCspReport } from "@/lib/http/csp-report";

export const POST = withApi({ access: "public", rawBody: true }, async ({ req, ip }) => {
  await logCspReport(req, ip);
  return new Response(null, { status: 204 });
});
