import Link from "next/link";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { LogOut, Settings } from "lucide-react";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { signOutAction } from "@/app/(auth)/actions";
import type { SessionUser } from "@/lib/actor";
import { MobileNav } from "./mobile-nav";
import { NavLinks, type NavItem } from "./nav-links";
import { NotificationBell } from "./notification-bell";

/**
 * The signed-in frame shared by every role: a top bar with the role's sections inline from md up,
 * and behind a "Menu" button on a phone (with the language switch, Settings and Sign out).
 * `headerExtra` sits beside the menu button or the sign-out button; the notifications bell
 * (`unread`, the signed-in user's unread count) on every screen size.
 */
export function AppShell({ user, nav, unread, headerExtra, children }: { user: SessionUser; nav: NavItem[]; unread: number; headerExtra?: ReactNode; children: ReactNode }) {
  const t = useTranslations("common.shell");
  return (
    <div className="min-h-dvh">
      <header className="relative border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 md:gap-x-6 md:py-3">
          <Link href="/" className="text-lg font-bold tracking-tight text-brand-900">
            Linkshare
          </Link>
          <span className="rounded bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700">{t(`roles.${user.role}`)}</span>
          {/* Its own row up to xl, where every role's sections fit beside the brand. */}
          <div className="hidden min-w-0 md:order-last md:block md:w-full xl:order-none xl:w-auto xl:flex-1">
            <NavLinks items={nav} />
          </div>
          <div className="ml-auto flex shrink-0 items-center gap-3">
            {headerExtra}
            <NotificationBell unread={unread} />
            <div className="hidden items-center gap-3 md:flex">
              <LanguageSwitch compact />
              <span className="hidden max-w-48 truncate text-sm text-slate-600 lg:inline" title={user.email}>
                {user.name}
              </span>
              <Link href="/account/preferences" className="inline-flex items-center gap-1.5 rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100">
                <Settings aria-hidden="true" className="size-4" strokeWidth={1.75} />
                {t("settings")}
              </Link>
              <SignOutButton label={t("signOut")} className="inline-flex items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50" />
            </div>
            <div className="md:hidden">
              <MobileNav
                items={nav}
                account={
                  <>
                    <p className="truncate px-3 pb-2 text-sm text-slate-600" title={user.email}>
                      {user.name}
                    </p>
                    <Link href="/account/preferences" className="flex min-h-11 items-center gap-3 rounded-md px-3 text-base font-medium text-slate-700 hover:bg-slate-50">
                      <Settings aria-hidden="true" className="size-5 text-slate-500" strokeWidth={1.75} />
                      {t("settings")}
                    </Link>
                    <LanguageSwitch className="mt-2 px-1" />
                    <SignOutButton label={t("signOut")} className="mt-2 inline-flex min-h-11 w-full items-center justify-center gap-2 rounded-md px-3 text-base font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50" />
                  </>
                }
              />
            </div>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">{children}</main>
    </div>
  );
}

function SignOutButton({ className, label }: { className: string; label: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className={className}>
        <LogOut aria-hidden="true" className="size-4" strokeWidth={1.75} />
        {label}
      </button>
    </form>
  );
}
