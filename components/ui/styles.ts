// Class lists several components share, so a primary button or a form error looks the same
// everywhere. Sizes and margins stay at the call site (Tailwind cannot tell two paddings apart).

/**
 * The shop's main action colour, with its focus ring and disabled look: a solid grey whose
 * white text still reads (4.7:1), rather than a faded accent nobody can read.
 */
export const primaryButton =
  "rounded-lg bg-indigo-700 text-white hover:bg-indigo-800 disabled:cursor-not-allowed disabled:bg-slate-500 disabled:hover:bg-slate-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

/** A secondary (outlined) button; its border and, disabled, its text stay above 3:1. */
export const secondaryButton =
  "rounded-lg border border-slate-500 bg-white text-slate-800 hover:bg-slate-50 disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

/** An error said next to a form, announced to screen readers by role="alert" where it is used. */
export const formAlert = "rounded-lg bg-rose-50 p-3 text-sm text-rose-800";
