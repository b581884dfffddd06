"use client";
// A submit button for destructive actions: the browser asks first, and nothing is sent unless
// the operator confirms. (Without JavaScript the form submits directly; the console needs JS
// for its charts and uploads anyway, and every action is idempotent and audited.)
import type { ReactNode } from "react";

type Props = {
  message: string;
  children: ReactNode;
  className?: string;
  testId?: string;
  name?: string;
  value?: string;
  disabled?: boolean;
};

export function ConfirmSubmit({ message, children, className, testId, name, value, disabled }: Props) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={disabled}
      className={className}
      data-testid={testId}
      onClick={(event) => {
        if (!window.confirm(message)) event.preventDefault();
      }}
    >
      {children}
    </button>
  );
}
