// Labelled form controls for the console (text areas, selects, checkboxes); inputs use the
// shop's TextField. Each wires its hint or error to the control for screen readers.
import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { inputClass, labelClass } from "./styles";

type Common = { id: string; label: string; hint?: string; error?: string; className?: string };

function Described({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  if (error)
    return (
      <p id={`${id}-error`} className="mt-1 text-sm text-rose-700">
        {error}
      </p>
    );
  return hint ? (
    <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
      {hint}
    </p>
  ) : null;
}
const describedBy = (id: string, hint?: string, error?: string) => (error ? `${id}-error` : hint ? `${id}-hint` : undefined);

export function TextArea({
  id,
  label,
  hint,
  error,
  className,
  ...area
}: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "className">) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <textarea
        id={id}
        {...area}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${inputClass} font-mono text-sm`}
      />
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

export function Select({
  id,
  label,
  hint,
  error,
  className,
  children,
  ...select
}: Common & { children: ReactNode } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "className">) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select
        id={id}
        {...select}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={inputClass}
      >
        {children}
      </select>
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

export function Checkbox({
  id,
  label,
  hint,
  name,
  defaultChecked,
}: {
  id: string;
  label: string;
  hint?: string;
  name: string;
  defaultChecked?: boolean;
}) {
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        name={name}
        defaultChecked={defaultChecked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-1 h-4 w-4 rounded border-slate-300"
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-sm text-slate-600">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
