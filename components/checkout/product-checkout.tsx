import { randomUUID } from "node:crypto";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/routing";
import { getPathname } from "@/lib/i18n/navigation";
import type { ProductDto } from "@/lib/catalog/product-dto";
import { paymentConfig } from "@/lib/payments/payment-config";
import { currentUser } from "@/lib/auth/web-session";
import { accountBalances } from "@/lib/account/balances";
import { CheckoutForm, type CheckoutActions } from "./checkout-form";

/** The server half of the checkout: what payment-config enables, who is signed in, and this render's idempotency key. */
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
      methods={{
        coins: methods.crypto.enabled ? methods.crypto.coins.map(({ coin, network, asset }) => ({ coin, network, asset })) : [],
        balance: methods.balance_cny.enabled,
        alipay: methods.alipay.enabled,
        wechat: methods.wechat.enabled,
      }}
      signedIn={user !== null}
      balances={balances ? { cnyFen: balances.cnyFen.toString(), usdtMicro: balances.usdtMicro.toString() } : null}
      signInHref={signInHref}
      defaultEmail={user?.email ?? ""}
      // A new key for every render of the form: submitting this form twice answers one order.
      idempotencyKey={randomUUID()}
      promise={promise}
    />
  );
}
