// The public pages' frame lives in app/ because its cart link reads the request's cart cookie.
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { CartLink } from "@/app/cart/cart-link";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { StorefrontFooter } from "@/components/storefront/storefront-footer";
import { supportEmail } from "@/lib/mail/support";
import { findShopForBuyers } from "@/db/queries/storefront";
import { publicActor } from "@/server/context";

/**
 * The frame of the public pages buyers land on: no sign-in, phone first, the cart one tap away.
 * `shopId` names the shop the page sells from (a product, a campaign, an order), so the footer can
 * say who ships and what its return window is; pages with several shops leave it out.
 */
export async function StorefrontFrame({ children, wide = false, shopId }: { children: ReactNode; wide?: boolean; shopId?: string }) {
  const width = wide ? "max-w-6xl" : "max-w-5xl";
  const [t, shop] = await Promise.all([getTranslations("buyer.frame"), shopId ? findShopForBuyers((await publicActor()).db, shopId) : undefined]);
  return (
    <div className="flex min-h-dvh flex-col bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className={`mx-auto flex ${width} items-center justify-between gap-2 px-4 py-1.5 sm:gap-4 sm:py-2`}>
          <span className="text-lg font-bold tracking-tight text-brand-900">{t("home")}</span>
          <div className="flex items-center gap-1 sm:gap-3">
            {/* On a phone the switch shows EN / VI / ID, so brand, switch and cart share one row. */}
            <LanguageSwitch compact className="sm:hidden" />
            <LanguageSwitch className="max-sm:hidden" />
            <CartLink />
          </div>
        </div>
      </header>
      <main className={`mx-auto w-full ${width} flex-1 px-4 py-6 sm:py-10`}>{children}</main>
      <StorefrontFooter shop={shop} width={width} supportEmail={supportEmail()} />
    </div>
  );
}
