import "server-only";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getDb } from "@/db";
import { unreadNotificationCount } from "@/db/queries/notifications";
import type { SessionUser } from "@/lib/actor";
import { clientMessages, type Area } from "@/server/i18n";
import { AppShell } from "@/components/layout/app-shell";
import type { NavItem } from "@/components/layout/nav-links";

/**
 * A signed-in area's frame, as each route group's layout renders it: the shell with the area's
 * sections, inside a provider that sends the browser the texts of `areas` only (those its client
 * components read; server components are translated on the server), and the user's unread
 * notifications counted for the header's bell.
 */
export async function RoleShell({ user, nav, areas, children }: { user: SessionUser; nav: NavItem[]; areas: readonly Area[]; children: ReactNode }) {
  const [messages, unread] = await Promise.all([clientMessages(areas), getDb().then((db) => unreadNotificationCount(db, user.id))]);
  return (
    <NextIntlClientProvider messages={messages}>
      <AppShell user={user} nav={nav} unread={unread}>
        {children}
      </AppShell>
    </NextIntlClientProvider>
  );
}
