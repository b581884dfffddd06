// Who does an operator's write: recorded with every change in the audit log.
export type Actor = { id: string; email: string; ip: string };

/** The actor of an admin API request (withApi's authenticated user and client address). */
export function actorOf(ctx: { user: { id: string; email: string } | null; ip: string }): Actor {
  if (!ctx.user) throw new Error("an admin route without a user");
  return { id: ctx.user.id, email: ctx.user.email, ip: ctx.ip };
}
