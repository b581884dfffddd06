// POST /api/auth/login — email + password -> an opaque bearer token for the API.
import { withApi } from "@/lib/api/with-api";
import { credentialsSchema, verifyCredentials } from "@/lib/auth/users";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { userDto } from "@/lib/auth/user-dto";

export const POST = withApi({ access: "public", body: credentialsSchema }, async ({ body, ip }) => {
  const user = await verifyCredentials(body, ip);
  const { token, expiresAt } = await issueApiToken(user.id, "login");
  return { token, expires_at: expiresAt.toISOString(), user: userDto(user) };
});
