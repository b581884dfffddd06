// Class lists several components share, so a primary button or a form error looks the same
// everywhere. Sizes and margins stay at the call site (Tailwind cannot tell two paddings apart).

/** The shop's main action colour, with its focus ring and disabled look. */
export const primaryButton =
  "rounded-lg bg-indigo-700 text-white hover:bg-indigo-800 disabled:opacity-70 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

/** An error said next to a form, announced to screen readers by role="alert" where it is used. */
export const formAlert = "rounded-lg bg-rose-50 p-3 text-sm text-rose-800";
