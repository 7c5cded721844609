import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listOutbox } from "@/db/queries/mail";
import { Alert } from "@/components/ui/alert";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { DateTime } from "@/components/ui/formatted";
import { Pagination } from "@/components/ui/pagination";
import { pageActor } from "@/server/context";
import { pageNumber, readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.outbox"))("title") };
}

const PAGE_SIZE = 50;

export default async function OutboxPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db } = await pageActor("admin");
  const page = pageNumber(readSearchParams(await searchParams, ["page"]).page);
  const [{ rows, total }, t] = await Promise.all([listOutbox(db, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }), getTranslations("admin.outbox")]);
  const smtp = !!process.env.SMTP_URL;

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="mb-4">
        <Alert tone={smtp ? "info" : "warning"}>{smtp ? t("smtpOn") : t("smtpOff")}</Alert>
      </div>
      {rows.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyText")}</EmptyState>
      ) : (
        <Card className="p-0">
          <ul className="divide-y divide-slate-100">
            {rows.map((m) => (
              <li key={m.id}>
                <Link href={`/admin/outbox/${m.id}`} className="flex min-h-11 flex-col gap-0.5 px-4 py-3 hover:bg-slate-50 sm:flex-row sm:items-baseline sm:gap-4">
                  <span className="min-w-0 flex-1 truncate font-medium text-slate-900">{m.subject}</span>
                  <span className="min-w-0 truncate text-sm text-slate-600">{t("to", { email: m.to })}</span>
                  <DateTime at={m.createdAt} exact className="shrink-0 text-xs text-slate-500 sm:text-sm" />
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      )}
      {total > PAGE_SIZE ? <Pagination page={page} pageSize={PAGE_SIZE} total={total} query={{}} /> : null}
    </>
  );
}
