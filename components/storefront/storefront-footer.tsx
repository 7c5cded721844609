import { useTranslations } from "next-intl";

/**
 * The buyer pages' footer: who sells and ships (the page's shop when it has one), what shipping
 * costs and how returns work (the shop's return window after delivery, DOMAIN.md), and whom to ask.
 */
export function StorefrontFooter({ shop, width, supportEmail }: { shop?: { name: string; returnWindowDays: number }; width: string; supportEmail: string }) {
  const t = useTranslations("buyer.footer");
  return (
    <footer className="border-t border-slate-200 bg-white text-sm text-slate-600" aria-label={t("label")}>
      <div className={`mx-auto grid ${width} gap-6 px-4 py-8 sm:grid-cols-3`}>
        <section className="space-y-1">
          <h2 className="font-semibold text-slate-900">{t("shopHeading")}</h2>
          <p>{shop ? t("shopText", { shop: shop.name }) : t("anyShopText")}</p>
        </section>
        <section className="space-y-1">
          <h2 className="font-semibold text-slate-900">{t("shippingHeading")}</h2>
          <p>{t("shipping")}</p>
          <p>{shop ? t("returnsShop", { days: shop.returnWindowDays }) : t("returnsAnyShop")}</p>
        </section>
        <section className="space-y-1">
          <h2 className="font-semibold text-slate-900">{t("contactHeading")}</h2>
          <p>{t("contactText")}</p>
          <p>
            <a href={`mailto:${supportEmail}`} className="inline-flex min-h-11 items-center break-all font-medium text-brand-700 underline sm:min-h-0">
              {supportEmail}
            </a>
          </p>
          <p className="text-xs text-slate-500">{t("testMode")}</p>
        </section>
      </div>
    </footer>
  );
}
