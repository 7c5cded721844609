"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { isCurrentPage } from "./current-page";
import { NavIconFor, type NavIcon } from "./nav-icons";

export type NavItem = { href: string; label: string; icon?: NavIcon };

/** The role's sections inline in the header, from md up (phones get the menu of ./mobile-nav). */
export function NavLinks({ items }: { items: NavItem[] }) {
  const t = useTranslations("common.shell");
  const pathname = usePathname();
  return (
    <nav className="-mx-1 flex flex-wrap gap-1" aria-label={t("sections")}>
      {items.map((item) => {
        const active = isCurrentPage(pathname, item.href);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "inline-flex items-center gap-1.5 whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium",
              active ? "bg-slate-100 text-slate-900" : "text-slate-600 hover:bg-slate-50 hover:text-slate-900",
            )}
          >
            <NavIconFor name={item.icon} />
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
