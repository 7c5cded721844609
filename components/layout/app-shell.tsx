import Link from "next/link";
import type { ReactNode } from "react";
import { signOutAction } from "@/app/(auth)/actions";
import type { SessionUser } from "@/lib/actor";
import { NavLinks, type NavItem } from "./nav-links";

const ROLE_LABEL = { creator: "Creator", seller: "Seller", admin: "Admin" } as const;

/** The signed-in frame shared by every role: a top bar with the role's sections, wrapping on a phone. */
export function AppShell({ user, nav, children }: { user: SessionUser; nav: NavItem[]; children: ReactNode }) {
  return (
    <div className="min-h-dvh">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="text-lg font-bold tracking-tight text-brand-900">
            Linkshare
          </Link>
          <span className="rounded bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700">{ROLE_LABEL[user.role]}</span>
          <div className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
            <NavLinks items={nav} />
          </div>
          <div className="ml-auto flex items-center gap-3 sm:ml-0">
            <span className="hidden max-w-48 truncate text-sm text-slate-600 md:inline" title={user.email}>
              {user.name}
            </span>
            <Link href="/account/password" className="rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100">
              Password
            </Link>
            <form action={signOutAction}>
              <button type="submit" className="rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50">
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6 sm:py-8">{children}</main>
    </div>
  );
}
