"use client";
import type { Ref } from "react";
import { useTranslations } from "next-intl";

const step =
  "flex h-11 w-11 shrink-0 items-center justify-center border border-slate-300 bg-white text-lg font-semibold text-slate-800 hover:bg-slate-50 disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-600 focus-visible:z-10 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600";

/** − / typed value / +; the buttons stop at the limits, the form says in place what is wrong with a typed value. */
export function QuantityStepper({
  value,
  min,
  max,
  onChange,
  invalid,
  describedBy,
  inputRef,
}: {
  value: string;
  min: number;
  max: number;
  onChange: (value: string) => void;
  invalid: boolean;
  describedBy: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const t = useTranslations("Checkout");
  const current = Number(value);
  const valid = /^\d+$/.test(value);
  const set = (next: number) => onChange(String(Math.min(Math.max(next, min), max)));
  return (
    <div className="mt-1 flex">
      <button
        type="button"
        className={`${step} rounded-l-lg`}
        aria-label={t("decrease")}
        disabled={valid && current <= min}
        onClick={() => set(valid ? current - 1 : min)}
      >
        −
      </button>
      <input
        ref={inputRef}
        id="checkout-quantity"
        name="quantity"
        inputMode="numeric"
        pattern="[0-9]*"
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value.replace(/[^\d]/g, "").slice(0, 4))}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className="h-11 w-full min-w-0 border-y border-slate-300 bg-white px-2 text-center aria-[invalid=true]:border-2 aria-[invalid=true]:border-rose-600 text-base tabular-nums focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600"
        data-testid="quantity"
      />
      <button
        type="button"
        className={`${step} rounded-r-lg`}
        aria-label={t("increase")}
        disabled={valid && current >= max}
        onClick={() => set(valid ? current + 1 : min)}
      >
        +
      </button>
    </div>
  );
}
