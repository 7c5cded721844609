import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { EmailPreferencesForm } from "@/components/notifications/email-preferences-form";
import { MarkAllReadButton, MarkReadButton } from "@/components/notifications/notification-buttons";
import { Badge } from "@/components/ui/alert";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { DateTime } from "@/components/ui/formatted";
import { Pagination } from "@/components/ui/pagination";
import { emailPreferences, listNotifications, unreadNotificationCount } from "@/db/queries/notifications";
import type { NotificationParams } from "@/db/schema";
import { NOTIFICATION_KINDS } from "@/lib/notifications/inbox";
import { notificationValues } from "@/lib/notifications/values";
import { pageNumber, readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { requestActor } from "@/server/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.notifications"))("title") };
}

const PAGE_SIZE = 20;

/** The signed-in user's notifications, newest first, with mark read, and e-mail per kind. */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, user } = await requestActor();
  if (!user) redirect("/sign-in?next=%2Faccount%2Fnotifications");
  const query = readSearchParams(await searchParams, ["page"]);
  const page = pageNumber(query.page);
  const [list, unread, prefs, t, tk, tp, targets, locale, timeZone] = await Promise.all([
    listNotifications(db, { recipientId: user.id, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    unreadNotificationCount(db, user.id),
    emailPreferences(db, user.id),
    getTranslations("account.notifications"),
    getTranslations("account.notificationKinds"),
    getTranslations("common.socialPlatforms"),
    getTranslations("creator.linkTarget"),
    getLocale(),
    getTimeZone(),
  ]);
  // Facts are stored, words are made here, in the reader's language.
  const values = (params: NotificationParams) => notificationValues(params, { locale, timeZone, platformName: (p) => tp(p as never), showcase: targets("showcase") });
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={unread > 0 ? <MarkAllReadButton /> : undefined} />
      <p className="mb-4 text-sm font-medium text-slate-700">{t("unread", { count: unread })}</p>
      {list.total === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyText")}</EmptyState>
      ) : (
        <>
          <ul className="space-y-3" aria-label={t("title")}>
            {list.rows.map((n) => (
              <li key={n.id}>
                <Card className={n.readAt ? "" : "ring-2 ring-brand-200"}>
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <div className="min-w-0 flex-1">
                      <p className="break-words font-medium text-slate-900">
                        {n.readAt ? null : (
                          <span className="mr-2 align-middle">
                            <Badge tone="blue">{t("new")}</Badge>
                          </span>
                        )}
                        {tk(`${n.kind}.title` as never, values(n.params) as never)}
                      </p>
                      <p className="mt-1 break-words text-sm text-slate-700">{tk(`${n.kind}.body` as never, values(n.params) as never)}</p>
                      <p className="mt-1 text-xs text-slate-500">
                        <DateTime at={n.createdAt} />
                      </p>
                    </div>
                    {n.readAt ? null : <MarkReadButton notificationId={n.id} />}
                  </div>
                </Card>
              </li>
            ))}
          </ul>
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.total} query={{}} />
        </>
      )}
      <section aria-labelledby="email-title" className="mt-10 max-w-lg">
        <Card>
          <h2 id="email-title" className="text-lg font-semibold">
            {t("preferencesTitle")}
          </h2>
          <p className="mb-3 mt-1 text-sm text-slate-600">{t("preferencesText")}</p>
          <EmailPreferencesForm kinds={NOTIFICATION_KINDS} emailOn={Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, prefs.get(k) ?? true]))} />
        </Card>
      </section>
    </>
  );
}
