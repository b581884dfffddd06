// POST /api/auth/logout — revokes the bearer token the request carries.
import { withApi } from "@/lib/api/with-api";
import { revokePresentedToken } from "@/lib/auth/api-tokens";

export const POST = withApi({ access: "user" }, async ({ req }) => {
  await revokePresentedToken(req.headers.get("authorization") ?? "");
  return { revoked: true };
});
