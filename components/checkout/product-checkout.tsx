import { randomUUID } from "node:crypto";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/routing";
import { getPathname } from "@/lib/i18n/navigation";
import type { ProductDto } from "@/lib/catalog/product-dto";
import { paymentConfig } from "@/lib/payments/payment-config";
import { currentUser } from "@/lib/auth/web-session";
import { accountBalances } from "@/lib/account/balances";
import { checkoutQuote } from "@/lib/orders/checkout-quote";
import { firstCoin, firstMethod, quoteInput } from "@/lib/orders/checkout-choice";
import { quantityProblem } from "@/lib/orders/quantity-limits";
import { CheckoutForm, type CheckoutActions } from "./checkout-form";
import type { CheckoutMethods } from "./payment-method-picker";
import type { FirstQuote } from "./use-checkout-quote";

/**
 * The server half of the checkout: what payment-config enables, who is signed in, this
 * render's idempotency key, and the quote for what the form starts with (the form would
 * otherwise ask for it as soon as it runs).
 */
export async function ProductCheckout({
  product,
  locale,
  actions,
  promise,
}: {
  product: ProductDto;
  locale: Locale;
  actions: CheckoutActions;
  promise?: ReactNode;
}) {
  const [config, user] = await Promise.all([paymentConfig(), currentUser()]);
  const balances = user && config.methods.balance_cny.enabled ? await accountBalances(user.id) : null;
  const { methods } = config;
  const offered: CheckoutMethods = {
    coins: methods.crypto.enabled ? methods.crypto.coins.map(({ coin, network, asset }) => ({ coin, network, asset })) : [],
    balance: methods.balance_cny.enabled,
    alipay: methods.alipay.enabled,
    wechat: methods.wechat.enabled,
  };
  const firstQuote = await quoteForFirstChoice(product, offered, user !== null);
  const here = getPathname({ href: `/products/${product.slug}`, locale });
  // The shop's sign-in page comes back here afterwards.
  const signInHref = `${getPathname({ href: "/sign-in", locale })}?${new URLSearchParams({ callbackUrl: here })}`;
  return (
    <CheckoutForm
      actions={actions}
      product={{
        id: product.id,
        price: product.price,
        price_tiers: product.price_tiers,
        min_quantity: product.min_quantity,
        max_quantity: product.max_quantity,
        stock: product.stock,
      }}
      locale={locale}
      methods={offered}
      signedIn={user !== null}
      balances={balances ? { cnyFen: balances.cnyFen.toString(), usdtMicro: balances.usdtMicro.toString() } : null}
      signInHref={signInHref}
      defaultEmail={user?.email ?? ""}
      // A new key for every render of the form: submitting this form twice answers one order.
      idempotencyKey={randomUUID()}
      firstQuote={firstQuote}
      promise={promise}
    />
  );
}

async function quoteForFirstChoice(product: ProductDto, methods: CheckoutMethods, signedIn: boolean): Promise<FirstQuote | null> {
  if (quantityProblem(String(product.min_quantity), product)) return null;
  const input = quoteInput({
    productId: product.id,
    quantity: product.min_quantity,
    method: firstMethod(methods, signedIn),
    coin: firstCoin(methods),
  });
  if (!input) return null;
  // A quote that cannot be made now (a failing price source) leaves the form to ask, as before.
  const quote = await checkoutQuote(input).catch(() => null);
  return quote ? { input, quote } : null;
}
