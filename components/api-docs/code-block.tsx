import { CopyCodeButton } from "./copy-code-button";

/** A dark code block with its language named and a copy button; long lines scroll inside it. */
export function CodeBlock({ code, language, label }: { code: string; language: string; label?: string }) {
  return (
    <div className="mt-3 overflow-hidden rounded-lg bg-slate-900" data-testid={`code-${language}`}>
      <div className="flex items-center justify-between gap-2 border-b border-slate-700 px-3 py-1.5">
        <span className="font-mono text-xs text-slate-300">{language}</span>
        <CopyCodeButton text={code} label={label ?? language} />
      </div>
      {/* Focusable so keyboard users can scroll long lines sideways. */}
      <pre
        tabIndex={0}
        className="overflow-x-auto p-3 text-xs leading-relaxed sm:text-sm text-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-400"
      >
        <code className="font-mono">{code}</code>
      </pre>
    </div>
  );
}
