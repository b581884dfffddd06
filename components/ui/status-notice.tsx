import type { ReactNode } from "react";

/** A whole-page answer for an HTTP error (404, 403): the code, what happened, and the way on. */
export function StatusNotice({
  code,
  title,
  body,
  testId,
  children,
}: {
  code: number;
  title: string;
  body: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <div className="mx-auto max-w-lg py-12 text-center" data-testid={testId}>
      <p className="text-5xl font-bold text-indigo-700">{code}</p>
      <h1 className="mt-4 text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-slate-600">{body}</p>
      <div className="mt-6">{children}</div>
    </div>
  );
}
