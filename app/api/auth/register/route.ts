// POST /api/auth/register — create a shopper account (the web sign-up uses the same service).
import { withApi } from "@/lib/api/with-api";
import { registerShopper, registrationSchema } from "@/lib/auth/users";
import { userDto } from "@/lib/auth/user-dto";

export const POST = withApi({ access: "public", body: registrationSchema }, async ({ body, ip }) => ({
  user: userDto(await registerShopper(body, ip)),
}));
