// GET /api/products/:idOrSlug, as the production server hands it to Next (lib/http/static-twins.ts).
import { twinRoute } from "@/lib/api/twin-route";
import { GET as productGet } from "../../products/[idOrSlug]/route";

export const GET = twinRoute(productGet);
