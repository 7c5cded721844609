import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { findOutboxMessage } from "@/db/queries/mail";
import { MessageText } from "@/components/admin/outbox/message-text";
import { Card, PageHeader } from "@/components/ui/card";
import { DateTime } from "@/components/ui/formatted";
import { pageActor } from "@/server/context";
import { isId } from "@/lib/ids";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.outbox"))("messageTitle") };
}

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { db } = await pageActor("admin");
  const { id } = await params;
  const [message, t] = await Promise.all([isId(id, "msg") ? findOutboxMessage(db, id) : undefined, getTranslations("admin.outbox")]);
  if (!message) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/outbox" className="inline-flex min-h-11 items-center font-medium text-brand-700 hover:underline sm:min-h-0">
          {t("back")}
        </Link>
      </p>
      <PageHeader title={message.subject} />
      <Card>
        <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-500">{t("toLabel")}</dt>
          <dd className="min-w-0 break-all text-slate-900">{message.to}</dd>
          <dt className="text-slate-500">{t("written")}</dt>
          <dd className="text-slate-900">
            <DateTime at={message.createdAt} exact />
          </dd>
        </dl>
        <MessageText text={message.text} />
      </Card>
    </>
  );
}
