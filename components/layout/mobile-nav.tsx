"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { isCurrentPage } from "./current-page";
import { badgeDescription, NavBadge, type NavItem } from "./nav-links";
import { NavIconFor } from "./nav-icons";
import { Menu, X } from "lucide-react";

export const MOBILE_NAV_PANEL_ID = "mobile-nav-panel";

/**
 * The phone's navigation (below md): a "Menu" button opening the role's every section, one per row,
 * with `account` (password, sign out) under them. Closes on Escape, on a chosen link and on a tap
 * outside, handing focus back to the button; focus tabbing out of it closes it too.
 */
export function MobileNav({ items, account }: { items: NavItem[]; account?: ReactNode }) {
  const t = useTranslations("common.shell");
  const pathname = usePathname();
  // Open on the page it was opened on, so that any navigation (a chosen link, Back) closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const idBase = useId();

  const close = useCallback((returnFocus: boolean) => {
    setOpenOn(null);
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const panel = panelRef.current;
    const first = panel?.querySelector<HTMLElement>('[aria-current="page"]') ?? panel?.querySelector<HTMLElement>("a, button");
    first?.focus();
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === "Escape") {
        event.preventDefault();
        close(true);
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open, close]);

  return (
    <div
      onBlur={(event) => {
        // Only Tab moving focus elsewhere: a tap on the backdrop blurs with no relatedTarget, and
        // closing then would let that tap's click land on the page under it.
        const to = event.relatedTarget;
        if (open && to && !event.currentTarget.contains(to)) close(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={MOBILE_NAV_PANEL_ID}
        onClick={() => (open ? close(true) : setOpenOn(pathname))}
        className="inline-flex min-h-11 items-center gap-2 rounded-md px-3 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        {open ? <X aria-hidden="true" className="size-5" strokeWidth={1.75} /> : <Menu aria-hidden="true" className="size-5" strokeWidth={1.75} />}
        {t("menu")}
      </button>
      {open ? <div aria-hidden="true" className="fixed inset-0 z-30 bg-slate-900/30" onClick={() => close(true)} /> : null}
      <div
        ref={panelRef}
        id={MOBILE_NAV_PANEL_ID}
        hidden={!open}
        onClick={(event) => {
          if ((event.target as Element).closest("a")) close(true);
        }}
        className="absolute inset-x-0 top-full z-40 max-h-[calc(100dvh-4rem)] overflow-y-auto border-b border-slate-200 bg-white px-4 pb-4 pt-2 shadow-lg"
      >
        <nav aria-label={t("sections")}>
          <ul className="divide-y divide-slate-100">
            {items.map((item) => {
              const active = isCurrentPage(pathname, item.href);
              const badgeId = `${idBase}-${item.href}`;
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={active ? "page" : undefined}
                    aria-describedby={badgeDescription(badgeId, item)}
                    className={cn(
                      "flex min-h-11 items-center gap-3 rounded-md border-l-4 px-3 text-base font-medium",
                      active ? "border-brand-600 bg-brand-50 text-brand-900" : "border-transparent text-slate-700 hover:bg-slate-50",
                    )}
                  >
                    <NavIconFor name={item.icon} className="size-5 shrink-0 text-slate-500" />
                    {item.label}
                    <NavBadge id={badgeId} badge={item.badge} />
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        {account ? <div className="mt-2 border-t border-slate-200 pt-3">{account}</div> : null}
      </div>
    </div>
  );
}
