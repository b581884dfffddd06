// GET /api/openapi.json — the OpenAPI 3.1 document of the public API.
import { openApiDocument } from "@/lib/api/openapi";
import packageJson from "@/package.json";

const document = openApiDocument(packageJson.version);

export function GET() {
  return Response.json(document);
}
