import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findOutboxMessage } from "@/db/queries/mail";
import { MessageText } from "@/components/admin/outbox/message-text";
import { Card, PageHeader } from "@/components/ui/card";
import { pageActor } from "@/server/context";
import { isId } from "@/lib/ids";
import { formatUtcDateTime } from "@/lib/plans/dates";

export const metadata: Metadata = { title: "Outbox message" };

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { db } = await pageActor("admin");
  const { id } = await params;
  const message = isId(id, "msg") ? await findOutboxMessage(db, id) : undefined;
  if (!message) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/outbox" className="font-medium text-brand-700 hover:underline">
          ← Outbox
        </Link>
      </p>
      <PageHeader title={message.subject} />
      <Card>
        <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-500">To</dt>
          <dd className="break-all text-slate-900">{message.to}</dd>
          <dt className="text-slate-500">Written</dt>
          <dd className="text-slate-900">
            <time dateTime={message.createdAt.toISOString()}>{formatUtcDateTime(message.createdAt)}</time>
          </dd>
        </dl>
        <MessageText text={message.text} />
      </Card>
    </>
  );
}
