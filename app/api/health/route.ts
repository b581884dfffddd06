// GET /api/health — liveness probe (and the framework's ceiling in `npm run bench`); a watched chain whose provider keeps failing shows as degraded.
import { chainHealth } from "@/lib/payments/chains/chain-health";
import { jsonAnswer } from "@/lib/api/json-answer";

export async function GET() {
  // Read from a 2 s per-instance copy; without the database the process is still alive.
  const chains = await chainHealth().catch(() => []);
  const degraded = chains.some((chain) => chain.status === "degraded");
  return jsonAnswer(JSON.stringify({ success: true, status: degraded ? "degraded" : "ok", ...(chains.length ? { chains } : {}) }));
}
