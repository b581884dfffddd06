// POST /api/auth/reset-password — set a new password with a reset link's token; every session and API token of the account ends.
import { withApi } from "@/lib/api/with-api";
import { resetPassword } from "@/lib/auth/password-reset";
import { resetPasswordSchema } from "@/lib/auth/password-reset-schemas";

export const POST = withApi({ access: "public", body: resetPasswordSchema }, async ({ body }) => {
  await resetPassword(body);
  return { message: "Password changed: sign in with the new password" };
});
