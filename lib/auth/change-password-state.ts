// The change-password form's state (shared by its server action and its client component).
export type ChangePasswordField = "currentRequired" | "passwordTooShort" | "passwordTooLong";

export type ChangePasswordState = {
  fieldErrors?: { currentPassword?: ChangePasswordField; newPassword?: ChangePasswordField };
  error?: "currentWrong" | "rateLimited";
  seconds?: number;
};
