// Create an account (the rules of POST /api/auth/register); signed in straight after.
import { AuthEntry, authMetadata, type AuthEntryProps } from "../auth-entry";

export const dynamic = "force-dynamic";

export const generateMetadata = (props: AuthEntryProps) => authMetadata("register", props);

export default function RegisterPage(props: AuthEntryProps) {
  return <AuthEntry mode="register" {...props} />;
}
