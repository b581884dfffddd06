"use client";
import { useActionState, useRef, useState, useTransition, type FormEvent, type KeyboardEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/routing";
import { formatPrice } from "@/lib/i18n/format";
import { checkoutTotal, type CouponTerms, type PricedProduct } from "@/lib/orders/checkout-total";
import { maxOrderQuantity, quantityProblem } from "@/lib/orders/quantity-limits";
import type { CheckoutQuote, CheckoutQuoteInput } from "@/lib/orders/checkout-quote";
import { firstCoin, firstMethod, quoteInput } from "@/lib/orders/checkout-choice";
import { useCheckoutQuote, type FirstQuote } from "./use-checkout-quote";
import { QuoteNote, type CheckoutBalances } from "./quote-note";
import type { CheckoutError, CheckoutState } from "@/lib/orders/checkout-errors";
import type { CouponPreview } from "@/lib/orders/checkout";
import { QuantityStepper } from "./quantity-stepper";
import { PaymentMethodPicker, type CheckoutMethods } from "./payment-method-picker";
import { formAlert, primaryButton, secondaryButton } from "@/components/ui/styles";
import { useTypedBeforeHydration } from "@/components/ui/use-typed-before-hydration";

const field =
  "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-rose-600 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600";

export type CheckoutActions = {
  placeOrder: (state: CheckoutState, form: FormData) => Promise<CheckoutState>;
  previewCoupon: (productId: string, code: string, quantity: number) => Promise<CouponPreview>;
  quote: (input: CheckoutQuoteInput) => Promise<CheckoutQuote>;
};

type Props = {
  actions: CheckoutActions;
  product: PricedProduct & { id: string };
  locale: Locale;
  methods: CheckoutMethods;
  signedIn: boolean;
  /** The signed-in shopper's balances, shown with what remains after this order. */
  balances: CheckoutBalances | null;
  signInHref: string;
  defaultEmail: string;
  idempotencyKey: string;
  /** The quote for what the form starts with, rendered with the page; null when there is none. */
  firstQuote: FirstQuote | null;
  /** Said right under the buy button (the after-sale promise). */
  promise?: ReactNode;
};

/** Quantity, contact email, payment method and coupon, with a live total; the server action places the order. */
export function CheckoutForm({
  actions,
  product,
  locale,
  methods,
  signedIn,
  balances,
  signInHref,
  defaultEmail,
  idempotencyKey,
  firstQuote,
  promise,
}: Props) {
  const t = useTranslations("Checkout");
  const [state, formAction, placing] = useActionState<CheckoutState, FormData>(actions.placeOrder, { error: null, attempt: 0 });
  const [quantity, setQuantity] = useState(String(product.min_quantity));
  const [method, setMethod] = useState(() => firstMethod(methods, signedIn));
  const [coin, setCoin] = useState(() => firstCoin(methods));
  // Controlled: a form action resets uncontrolled fields, and a refused order must keep what was typed.
  const [email, setEmail] = useState(defaultEmail);
  const [couponCode, setCouponCode] = useState("");
  const [coupon, setCoupon] = useState<{ code: string; terms: CouponTerms } | null>(null);
  const [couponError, setCouponError] = useState<CheckoutError | null>(null);
  const [checking, startChecking] = useTransition();

  const quantityField = useRef<HTMLInputElement>(null);
  const formElement = useRef<HTMLFormElement>(null);
  useTypedBeforeHydration(formElement, {
    quantity: setQuantity,
    contactEmail: setEmail,
    paymentMethod: setMethod,
    coin: setCoin,
    couponCode: setCouponCode,
  });
  // Checked as typed, by the rule the server applies (lib/orders/quantity-limits.ts).
  const problem = quantityProblem(quantity, product);
  const count = problem ? 0 : Number(quantity);
  const applied = coupon && coupon.code === couponCode.trim().toUpperCase() ? coupon.terms : undefined;
  const total = count > 0 ? checkoutTotal(product, count, applied) : null;
  const quote = useCheckoutQuote(
    actions.quote,
    quoteInput({ productId: product.id, quantity: count, couponCode: applied ? coupon!.code : undefined, method, coin }),
    firstQuote,
  );
  const error = state.error;
  const message = (e: CheckoutError) => t(`errors.${e.key}`, e.values ?? {});
  const fieldError = (name: string) => error?.field === name;

  // Enter in the coupon field applies the coupon: it must never submit (place) the order.
  function couponKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== "Enter") return;
    event.preventDefault();
    if (couponCode.trim() && !checking) applyCoupon();
  }

  // A quantity the server would refuse is said in place; the order is not sent.
  function guardSubmit(event: FormEvent<HTMLFormElement>) {
    if (!problem) return;
    event.preventDefault();
    quantityField.current?.focus();
  }

  function applyCoupon() {
    startChecking(async () => {
      const preview = await actions.previewCoupon(product.id, couponCode, count);
      setCoupon(preview.ok ? { code: preview.code, terms: preview.terms } : null);
      setCouponError(preview.ok ? null : preview.error);
    });
  }

  return (
    <form
      ref={formElement}
      action={formAction}
      onSubmit={guardSubmit}
      noValidate
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
      aria-labelledby="checkout-heading"
      data-testid="checkout"
    >
      <h2 id="checkout-heading" className="text-base font-semibold">
        {t("title")}
      </h2>
      <input type="hidden" name="productId" value={product.id} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div>
        <label htmlFor="checkout-quantity" className="text-sm font-medium">
          {t("quantity")}
        </label>
        <QuantityStepper
          inputRef={quantityField}
          value={quantity}
          min={product.min_quantity}
          max={maxOrderQuantity(product)}
          onChange={setQuantity}
          invalid={problem !== null || fieldError("quantity")}
          describedBy="checkout-quantity-hint"
        />
        <p
          id="checkout-quantity-hint"
          className={`mt-1 text-xs ${problem ? "font-medium text-rose-700" : "text-slate-600"}`}
          aria-live="polite"
          data-testid="quantity-hint"
        >
          {problem ? message(problem) : t("quantityHint", { min: product.min_quantity, max: maxOrderQuantity(product) })}
        </p>
      </div>
      <div>
        <label htmlFor="checkout-email" className="text-sm font-medium">
          {t("email")}
        </label>
        <input
          id="checkout-email"
          name="contactEmail"
          type="email"
          required
          maxLength={254}
          autoComplete="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={fieldError("contactEmail") || undefined}
          aria-describedby="checkout-email-hint"
          className={field}
        />
        <p id="checkout-email-hint" className="mt-1 text-xs text-slate-600">
          {t("emailHint")}
        </p>
      </div>
      <PaymentMethodPicker
        methods={methods}
        signedIn={signedIn}
        signInHref={signInHref}
        method={method}
        coin={coin}
        onMethod={setMethod}
        onCoin={setCoin}
      />
      <QuoteNote method={method} quote={quote} balances={balances} locale={locale} />
      <div>
        <label htmlFor="checkout-coupon" className="text-sm font-medium">
          {t("coupon")}
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="checkout-coupon"
            name="couponCode"
            maxLength={64}
            autoComplete="off"
            spellCheck={false}
            value={couponCode}
            onChange={(event) => {
              setCouponCode(event.target.value);
              setCouponError(null);
            }}
            onKeyDown={couponKey}
            enterKeyHint="done"
            aria-invalid={fieldError("couponCode") || couponError !== null || undefined}
            aria-describedby="checkout-coupon-status"
            className={`${field} mt-0 min-w-0 font-mono uppercase`}
          />
          <button
            type="button"
            onClick={applyCoupon}
            disabled={!couponCode.trim() || checking}
            className={`${secondaryButton} shrink-0 px-3 py-2 text-sm font-medium`}
          >
            {t("applyCoupon")}
          </button>
        </div>
        <p
          id="checkout-coupon-status"
          role="status"
          className={`mt-1 text-sm ${couponError ? "text-rose-700" : "text-emerald-700"}`}
          data-testid="coupon-status"
        >
          {couponError
            ? message(couponError)
            : applied && total
              ? t("couponApplied", { code: coupon!.code, discount: formatPrice(locale, total.discount) })
              : ""}
        </p>
      </div>
      <dl className="space-y-1 border-t border-slate-200 pt-3 text-sm" data-testid="checkout-total">
        <div className="flex justify-between gap-4">
          <dt className="text-slate-600">{t("unitPrice")}</dt>
          <dd className="tabular-nums" data-testid="unit-price">
            {total ? formatPrice(locale, total.unitPrice) : "—"}
            {total?.tierApplied && (
              <span className="ml-2 rounded bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-800">{t("tierApplied")}</span>
            )}
          </dd>
        </div>
        {total && total.discount > 0 && (
          <div className="flex justify-between gap-4">
            <dt className="text-slate-600">{t("discount")}</dt>
            <dd className="tabular-nums text-emerald-700" data-testid="discount">
              −{formatPrice(locale, total.discount)}
            </dd>
          </div>
        )}
        <div className="flex items-baseline justify-between gap-4">
          <dt className="font-medium">{t("total")}</dt>
          <dd className="text-xl font-bold tabular-nums text-rose-700" data-testid="total">
            {total ? formatPrice(locale, total.total) : "—"}
          </dd>
        </div>
      </dl>
      {error && (
        // Keyed by attempt: the same refusal twice is announced twice.
        <p key={state.attempt} role="alert" className={formAlert} data-testid="checkout-error">
          {message(error)}
        </p>
      )}
      <button type="submit" disabled={placing || !method} className={`${primaryButton} w-full px-4 py-3 font-semibold`}>
        {placing ? t("placing") : t("submit")}
      </button>
      {promise}
    </form>
  );
}
