// GET|POST /api/auth/* — next-auth (web sessions). /api/auth/login and /register are static routes and win.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };
