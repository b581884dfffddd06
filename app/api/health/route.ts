// GET /api/health — a constant answer: liveness probe, and the framework's ceiling in `npm run bench`.
export function GET() {
  return Response.json({ success: true, status: "ok" });
}
