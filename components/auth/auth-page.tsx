import type { ReactNode } from "react";

/** The frame both auth pages share: a narrow centred card with a title, an intro and a footer line. */
export function AuthPage({ title, intro, children, footer }: { title: string; intro: string; children: ReactNode; footer: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md space-y-5 py-4 sm:py-8">
      <header className="text-center">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
        <p className="mt-1 text-slate-600">{intro}</p>
      </header>
      {children}
      <p className="text-center text-sm text-slate-700">{footer}</p>
    </div>
  );
}
