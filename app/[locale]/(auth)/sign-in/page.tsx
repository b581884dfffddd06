// Sign in with email and password (the API's rules and limits); back to callbackUrl after.
import { AuthEntry, authMetadata, type AuthEntryProps } from "../auth-entry";

export const dynamic = "force-dynamic";

export const generateMetadata = (props: AuthEntryProps) => authMetadata("signIn", props);

export default function SignInPage(props: AuthEntryProps) {
  return <AuthEntry mode="signIn" {...props} />;
}
