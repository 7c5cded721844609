import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Conversation } from "@/components/messages/conversation";
import { MessageForm } from "@/components/messages/message-form";
import { OlderNewer } from "@/components/messages/older-newer";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { NotFoundError } from "@/lib/errors";
import { isId } from "@/lib/ids";
import { readThread } from "@/lib/messages/threads";
import { threadQuery } from "@/lib/validation/messages";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { pageActor } from "@/server/context";
import { sendSellerMessageAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("common.messages"))("title") };
}

/** The shop's conversation with one creator: the last 100 messages (then older ones), and the reply box. Opening it marks it read. */
export default async function SellerThreadPage({ params, searchParams }: { params: Promise<{ threadId: string }>; searchParams: Promise<PageSearchParams> }) {
  const actor = await pageActor("seller");
  const { threadId } = await params;
  if (!isId(threadId, "mth")) notFound();
  const { before } = threadQuery(readSearchParams(await searchParams, ["before"]));
  const read = await readThread(actor.db, { side: "seller", userId: actor.user.id, shop: actor.shop, at: actor.at }, { threadId, before }).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("common.messages");
  const { thread } = read;
  const messages = read.rows.map((m) => ({ ...m, fromMe: m.senderUserId !== thread.creatorId, senderName: thread.creatorName }));
  return (
    <>
      <PageHeader
        title={t("withCreator", { name: thread.creatorName })}
        actions={
          <>
            <ButtonLink href={`/seller/creators/${thread.creatorId}`} variant="secondary">
              {thread.creatorHandle ? `@${thread.creatorHandle}` : thread.creatorName}
            </ButtonLink>
            <ButtonLink href="/seller/messages" variant="secondary">
              {t("back")}
            </ButtonLink>
          </>
        }
      />
      <div className="mx-auto max-w-3xl space-y-4">
        <OlderNewer base={`/seller/messages/${thread.id}`} olderThan={read.hasOlder ? read.rows[0]?.id : undefined} paged={Boolean(before)} />
        <Conversation messages={messages} />
        <Card className="space-y-3">
          {thread.creatorBlocked ? <Alert tone="info">{t("sellerBlocked")}</Alert> : null}
          <MessageForm threadId={thread.id} action={sendSellerMessageAction} />
        </Card>
      </div>
    </>
  );
}
