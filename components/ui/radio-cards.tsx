// A choice among a few options shown as bordered cards, one radio each: how to pay, which
// coin, which balance to top up. One home for their look, so checkout and top-up stay alike.
import type { ReactNode } from "react";

export type RadioCard = { value: string; label: ReactNode };

const card =
  "flex cursor-pointer items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-sm has-[:checked]:border-indigo-600 has-[:checked]:bg-indigo-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-indigo-600";

/** A fieldset of radio cards named `name`; `children` follow the cards inside the fieldset (a hint). */
export function RadioCards({
  legend,
  name,
  cards,
  value,
  onChange,
  twoColumns = false,
  children,
}: {
  legend: string;
  name: string;
  cards: RadioCard[];
  value: string;
  onChange: (value: string) => void;
  twoColumns?: boolean;
  children?: ReactNode;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className={twoColumns ? "mt-1 grid grid-cols-2 gap-2" : "mt-1 grid gap-2"}>
        {cards.map((entry) => (
          <label key={entry.value} className={card}>
            <input
              type="radio"
              name={name}
              value={entry.value}
              checked={value === entry.value}
              onChange={() => onChange(entry.value)}
              className="h-4 w-4 shrink-0 accent-indigo-700"
            />
            <span className="min-w-0">{entry.label}</span>
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}

/** A coin's card: its asset above its network (USDT on two networks must not look alike). */
export function coinCard(coin: { coin: string; asset: string; network: string }): RadioCard {
  return {
    value: coin.coin,
    label: (
      <>
        <span className="block font-medium">{coin.asset}</span>
        <span className="block text-xs text-slate-600">{coin.network}</span>
      </>
    ),
  };
}
