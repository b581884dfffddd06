// GET|POST /api/auth/* — next-auth (web sessions). /api/auth/login and /register are static routes and win.
import NextAuth from "next-auth";
import { authOptionsFor } from "@/lib/auth/auth-options";
import { errorResponse } from "@/lib/api/with-api";
import { AppError } from "@/lib/api/app-error";

// The next-auth endpoints the shop uses (its own pages replace next-auth's sign-in and error
// pages); any other /api/auth/* path is the API's JSON 404, not next-auth's answer.
const ACTIONS = new Set(["providers", "session", "csrf", "signout", "callback"]);

async function handler(req: Request, context: { params: Promise<{ nextauth?: string[] }> }) {
  const [action] = (await context.params).nextauth ?? [];
  if (!action || !ACTIONS.has(action)) return errorResponse(new AppError("not_found", "Not found"));
  return NextAuth(authOptionsFor(req.headers))(req, context);
}

export { handler as GET, handler as POST };
