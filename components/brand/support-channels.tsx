import { getTranslations } from "next-intl/server";
import type { ShopBrand } from "@/lib/brand/shop-brand";

const link = "font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900";

/** How to reach the operator: email, and Telegram, WeChat and QQ when the operator filled them in. */
export async function SupportChannels({ contact, className = "" }: { contact: ShopBrand["contact"]; className?: string }) {
  const t = await getTranslations("Storefront");
  // A Telegram name that is not one (a setting typed by hand) is shown, never linked.
  const telegramLink = contact.telegram && /^[A-Za-z0-9_]{5,32}$/.test(contact.telegram) ? `https://t.me/${contact.telegram}` : null;
  return (
    <dl className={`grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 ${className}`} data-testid="support-channels">
      <dt className="text-slate-600">{t("channelEmail")}</dt>
      <dd className="min-w-0 break-all">
        <a href={`mailto:${contact.email}`} className={link}>
          {contact.email}
        </a>
      </dd>
      {contact.telegram && (
        <>
          <dt className="text-slate-600">Telegram</dt>
          <dd className="min-w-0 break-all">
            {telegramLink ? (
              <a href={telegramLink} rel="noopener noreferrer" className={link}>
                @{contact.telegram}
              </a>
            ) : (
              contact.telegram
            )}
          </dd>
        </>
      )}
      {contact.wechat && (
        <>
          <dt className="text-slate-600">{t("channelWechat")}</dt>
          <dd className="min-w-0 break-all font-medium">{contact.wechat}</dd>
        </>
      )}
      {contact.qq && (
        <>
          <dt className="text-slate-600">QQ</dt>
          <dd className="min-w-0 break-all font-medium">{contact.qq}</dd>
        </>
      )}
    </dl>
  );
}
