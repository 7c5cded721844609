import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Conversation } from "@/components/messages/conversation";
import { MessageForm } from "@/components/messages/message-form";
import { MuteToggle } from "@/components/messages/mute-toggle";
import { OlderNewer } from "@/components/messages/older-newer";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { NotFoundError } from "@/lib/errors";
import { isId } from "@/lib/ids";
import { canCreatorSend } from "@/lib/messages/rules";
import { readThread } from "@/lib/messages/threads";
import { threadQuery } from "@/lib/validation/messages";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { pageActor } from "@/server/context";
import { sendCreatorMessageAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("common.messages"))("title") };
}

/**
 * The creator's conversation with one shop: the last 100 messages (then older ones), the reply box
 * unless the shop blocked them (they still read), and mute. Opening it marks it read.
 */
export default async function CreatorThreadPage({ params, searchParams }: { params: Promise<{ threadId: string }>; searchParams: Promise<PageSearchParams> }) {
  const actor = await pageActor("creator");
  const { threadId } = await params;
  if (!isId(threadId, "mth")) notFound();
  const { before } = threadQuery(readSearchParams(await searchParams, ["before"]));
  const read = await readThread(actor.db, { side: "creator", userId: actor.user.id, at: actor.at }, { threadId, before }).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("common.messages");
  const { thread } = read;
  const messages = read.rows.map((m) => ({ ...m, fromMe: m.senderUserId === actor.user.id, senderName: thread.shopName }));
  // The same rule the send command applies: an existing thread, so only a block stops a reply.
  const canSend = canCreatorSend({ blocked: thread.creatorBlocked, related: true }, true).ok;
  return (
    <>
      <PageHeader
        title={t("withShop", { name: thread.shopName })}
        actions={
          <ButtonLink href="/creator/messages" variant="secondary">
            {t("back")}
          </ButtonLink>
        }
      />
      <div className="mx-auto grid max-w-5xl gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="min-w-0 space-y-4">
          <OlderNewer base={`/creator/messages/${thread.id}`} olderThan={read.hasOlder ? read.rows[0]?.id : undefined} paged={Boolean(before)} />
          <Conversation messages={messages} />
          <Card className="space-y-3">{canSend ? <MessageForm threadId={thread.id} action={sendCreatorMessageAction} /> : <Alert tone="info">{t("blocked")}</Alert>}</Card>
        </div>
        <div className="min-w-0">
          <Card className="space-y-2">
            <h2 className="font-semibold text-slate-900">{t("mute.title")}</h2>
            <MuteToggle threadId={thread.id} muted={thread.creatorMutedAt !== null} />
          </Card>
        </div>
      </div>
    </>
  );
}
