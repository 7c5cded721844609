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

/** The shop's conversations with creators, newest first, with what is unread. */
export default async function SellerMessagesPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, shop } = await pageActor("seller");
  const page = pageNumber(readSearchParams(await searchParams, ["page"]).page);
  const [list, t] = await Promise.all([listThreads(db, { side: { shopId: shop.id }, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }), getTranslations("common.messages")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("sellerDescription")} />
      {list.total === 0 ? (
        <EmptyState title={t("empty")}>{t("sellerEmptyText")}</EmptyState>
      ) : (
        <>
          <ThreadList threads={list.rows} basePath="/seller/messages" />
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.total} query={{}} />
        </>
      )}
    </>
  );
}
