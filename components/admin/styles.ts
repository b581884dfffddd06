// Class lists the console's pages share (tables, cards, secondary and danger buttons).
export const card = "rounded-xl border border-slate-200 bg-white p-4 sm:p-5";
export const secondaryButton =
  "rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:opacity-60";
export const dangerButton =
  "rounded-lg border border-rose-300 bg-white px-3 py-1.5 text-sm font-medium text-rose-800 hover:bg-rose-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-rose-600";
// `relative`: the sr-only headers (position: absolute) stay inside the scroll box instead of widening the page.
export const tableWrap = "relative overflow-x-auto rounded-xl border border-slate-200 bg-white";
export const table = "min-w-full divide-y divide-slate-200 text-left text-sm";
export const th = "whitespace-nowrap px-3 py-2 text-xs font-semibold uppercase tracking-wide text-slate-600";
export const td = "px-3 py-2 align-top";
export const link = "font-medium text-indigo-700 underline-offset-2 hover:underline";
export const inputClass =
  "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 aria-[invalid=true]:border-rose-500";
export const labelClass = "block text-sm font-medium";
export const successNote = "rounded-lg bg-emerald-50 p-3 text-sm text-emerald-900";
