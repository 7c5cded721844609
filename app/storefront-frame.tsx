// The public pages' frame lives in app/ because its cart link reads the request's cart cookie.
import type { ReactNode } from "react";
import { CartLink } from "@/app/cart/cart-link";
import { LanguageSwitch } from "@/components/i18n/language-switch";

/** The frame of the public pages buyers land on: no sign-in, phone first, the cart one tap away. */
export function StorefrontFrame({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const width = wide ? "max-w-6xl" : "max-w-5xl";
  return (
    <div className="min-h-dvh bg-slate-50">
      <div className="border-b border-slate-200 bg-white">
        <div className={`mx-auto flex ${width} flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3`}>
          <span className="text-lg font-bold tracking-tight text-brand-900">Linkshare</span>
          <div className="flex flex-wrap items-center gap-x-3">
            <LanguageSwitch />
            <CartLink />
          </div>
        </div>
      </div>
      <main className={`mx-auto ${width} px-4 py-6 sm:py-10`}>{children}</main>
    </div>
  );
}
