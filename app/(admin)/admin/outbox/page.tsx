import type { Metadata } from "next";
import Link from "next/link";
import { listOutbox } from "@/db/queries/mail";
import { Alert } from "@/components/ui/alert";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { pageActor } from "@/server/context";
import { formatUtcDateTime } from "@/lib/plans/dates";
import { pageNumber, readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Outbox" };

const PAGE_SIZE = 50;

export default async function OutboxPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db } = await pageActor("admin");
  const page = pageNumber(readSearchParams(await searchParams, ["page"]).page);
  const { rows, total } = await listOutbox(db, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const smtp = !!process.env.SMTP_URL;

  return (
    <>
      <PageHeader title="Outbox" description="E-mails the portal wrote instead of sending, newest first. Times are in UTC." />
      <div className="mb-4">
        <Alert tone={smtp ? "info" : "warning"}>
          {smtp
            ? "SMTP_URL is set: new e-mails are sent through it and no longer show up here."
            : "No mail server is configured (SMTP_URL), so nothing is sent: e-mails such as password reset links wait here. Anyone who can read this page can reset those accounts' passwords."}
        </Alert>
      </div>
      {rows.length === 0 ? (
        <EmptyState title="The outbox is empty">Password reset e-mails show up here when someone asks for one.</EmptyState>
      ) : (
        <Card className="p-0">
          <ul className="divide-y divide-slate-100">
            {rows.map((m) => (
              <li key={m.id}>
                <Link href={`/admin/outbox/${m.id}`} className="flex flex-col gap-0.5 px-4 py-3 hover:bg-slate-50 sm:flex-row sm:items-baseline sm:gap-4">
                  <span className="min-w-0 flex-1 truncate font-medium text-slate-900">{m.subject}</span>
                  <span className="min-w-0 truncate text-sm text-slate-600">To {m.to}</span>
                  <time dateTime={m.createdAt.toISOString()} className="shrink-0 text-xs text-slate-500 sm:text-sm">
                    {formatUtcDateTime(m.createdAt)}
                  </time>
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
