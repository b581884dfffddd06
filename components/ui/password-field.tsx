"use client";
import { useState, type InputHTMLAttributes } from "react";
import { useTranslations } from "next-intl";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className" | "type"> & {
  id: string;
  label: string;
  error?: string;
  hint?: string;
};

/** A password input with a show/hide button (typing a new password blind is how typos get saved). */
export function PasswordField({ id, label, error, hint, ...input }: Props) {
  const t = useTranslations("PasswordField");
  const [visible, setVisible] = useState(false);
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="mt-1 flex">
        <input
          id={id}
          {...input}
          type={visible ? "text" : "password"}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={`block w-full min-w-0 rounded-l-lg border bg-white px-3 py-2 text-base focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 ${error ? "border-rose-500" : "border-slate-300"}`}
        />
        <button
          type="button"
          onClick={() => setVisible((shown) => !shown)}
          aria-pressed={visible}
          aria-controls={id}
          className="shrink-0 rounded-r-lg border border-l-0 border-slate-300 bg-slate-50 px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600"
          data-testid="toggle-password"
        >
          {visible ? t("hide") : t("show")}
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-rose-700">
          {error}
        </p>
      ) : (
        hint && (
          <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
            {hint}
          </p>
        )
      )}
    </div>
  );
}
