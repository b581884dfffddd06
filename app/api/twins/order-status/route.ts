// GET /api/orders/:id/status, as the production server hands it to Next (lib/http/static-twins.ts).
import { twinRoute } from "@/lib/api/twin-route";
import { GET as statusGet } from "../../orders/[id]/status/route";

export const GET = twinRoute(statusGet);
