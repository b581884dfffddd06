// POST /api/auth/change-password — new password; every session and token ends, a fresh token is returned.
import { withApi } from "@/lib/api/with-api";
import { changePassword, passwordChangeSchema } from "@/lib/auth/change-password";
import { issueApiToken } from "@/lib/auth/api-tokens";

export const POST = withApi({ access: "user", body: passwordChangeSchema }, async ({ body, user, ip }) => {
  await changePassword(user!.id, body, ip);
  const { token, expiresAt } = await issueApiToken(user!.id, "login");
  return { token, expires_at: expiresAt.toISOString() };
});
