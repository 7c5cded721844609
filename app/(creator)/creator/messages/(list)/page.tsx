import { getTranslations } from "next-intl/server";
import { ThreadList } from "@/components/messages/thread-list";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { listThreads } from "@/db/queries/messages";
import { pageNumber, readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { pageActor } from "@/server/context";

export async function generateMetadata() {
  return { title: (await getTranslations("common.messages"))("title") };
}

const PAGE_SIZE = 30;

/** The creator's conversations with shops, newest first, with what is unread. */
export default async function CreatorMessagesPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, user } = await pageActor("creator");
  const page = pageNumber(readSearchParams(await searchParams, ["page"]).page);
  const [list, t] = await Promise.all([listThreads(db, { side: { creatorId: user.id }, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }), getTranslations("common.messages")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("creatorDescription")} />
      {list.total === 0 ? (
        <EmptyState title={t("empty")}>{t("creatorEmptyText")}</EmptyState>
      ) : (
        <>
          <ThreadList threads={list.rows} basePath="/creator/messages" />
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.total} query={{}} />
        </>
      )}
    </>
  );
}
