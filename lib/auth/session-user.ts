import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "./auth-options";

export type SessionUser = { id: string; email: string };

/** The signed-in shopper of the web session (its id is set by authOptions' session callback), or null. */
export async function sessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: unknown; email?: unknown } | undefined;
  if (typeof user?.id !== "string" || !user.id) return null;
  return { id: user.id, email: typeof user.email === "string" ? user.email : "" };
}
