// What the password reset forms get back from their server actions (the UI translates the codes).
export type ForgotPasswordState =
  | { status: "idle" }
  | { status: "sent"; email: string; minutes: number }
  | { status: "error"; email: string; error: "emailInvalid" | "rateLimited"; minutes?: number };

export type ResetPasswordError = "passwordRequired" | "passwordTooShort" | "passwordTooLong" | "invalidLink";
export type ResetPasswordState = { status: "idle" } | { status: "done" } | { status: "error"; error: ResetPasswordError };
