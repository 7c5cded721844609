import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import Link from "next/link";
import { creatorHasLinks, creatorLinkFacets, listCreatorLinks } from "@/db/queries/creator-links";
import { CopyButton } from "@/components/ui/copy-button";
import { LinkFilters } from "@/components/links/link-filters";
import { linkTargetLabel } from "@/components/links/link-target";
import { Badge } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { earningDaysLeft } from "@/lib/sharing/earning-window";
import { publicOrigin, shortLinkUrl } from "@/lib/sharing/short-link";
import { LINK_LIST_KEYS, linkListFilters } from "@/lib/validation/link-list";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { linkTargetWords } from "./link-words";

export async function generateMetadata() {
  return { title: (await getTranslations("creator.links"))("title") };
}

export default async function LinksPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, user, at } = await pageActor("creator");
  const { filters, applied } = linkListFilters(readSearchParams(await searchParams, LINK_LIST_KEYS));
  const [{ rows, total, page, pageSize }, facets, t, channels, words, format] = await Promise.all([
    listCreatorLinks(db, user.id, { ...filters, at }),
    creatorLinkFacets(db, user.id),
    getTranslations("creator.links"),
    getTranslations("creator.channels"),
    linkTargetWords(),
    getReaderFormat(),
  ]);
  const narrowed = Boolean(applied.q || applied.type || applied.channel || applied.shop || applied.state);
  const none = total === 0 && !narrowed && page === 1 && !(await creatorHasLinks(db, user.id));
  const origin = publicOrigin(await headers());
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={<ButtonLink href="/creator/products">{t("newLink")}</ButtonLink>} />
      {none ? (
        <EmptyState title={t("empty")} action={<ButtonLink href="/creator/products">{t("findProduct")}</ButtonLink>}>
          {t("emptyText")}
        </EmptyState>
      ) : (
        <>
          <LinkFilters applied={applied} shops={facets.shops} currencies={facets.currencies} />
          {rows.length === 0 ? (
            <EmptyState
              title={t("noMatch")}
              action={
                <ButtonLink href="/creator/links" variant="secondary">
                  {t("showAll")}
                </ButtonLink>
              }
            >
              {t("noMatchText")}
            </EmptyState>
          ) : (
            <>
              <Table head={[t("link"), t("clicks"), t("unique"), t("orders"), t("items"), t("earnings"), t("earning"), t("channel"), t("subId")]}>
                {rows.map((link) => {
                  const shortLink = shortLinkUrl(origin, link.code);
                  const daysLeft = earningDaysLeft(link.earnsUntil, at);
                  const target = linkTargetLabel(link, words);
                  const channel = channels(link.channel);
                  return (
                    <tr key={link.id} className="hover:bg-slate-50">
                      <Td className="min-w-0">
                        <Link href={`/creator/links/${link.id}`} className="block font-medium text-slate-900 hover:underline max-sm:break-words sm:max-w-72 sm:truncate">
                          {target}
                        </Link>
                        <div className="mt-1 flex flex-wrap items-center gap-2">
                          <span className="break-all font-mono text-xs text-slate-500">{shortLink}</span>
                          <CopyButton
                            text={shortLink}
                            buttonText={t("copyLink")}
                            copiedText={t("linkCopied")}
                            size="sm"
                            accessibleName={link.subId ? t("copyForSub", { target, channel, subId: link.subId }) : t("copyFor", { target, channel })}
                          />
                        </div>
                        {link.productStatus === "archived" ? <Badge tone="red">{t("productArchived")}</Badge> : null}
                      </Td>
                      <Td label={t("clicks")} className="tabular-nums">
                        {format.number(link.clicks)}
                      </Td>
                      <Td label={t("unique")} className="tabular-nums">
                        {format.number(link.uniqueClicks)}
                      </Td>
                      <Td label={t("orders")} className="tabular-nums">
                        {format.number(link.orders)}
                      </Td>
                      <Td label={t("items")} className="tabular-nums">
                        {format.number(link.items)}
                      </Td>
                      <Td label={t("earnings")} className="tabular-nums">
                        {link.earnings.length === 0 ? (
                          <span className="text-slate-400">
                            <span aria-hidden>—</span>
                            <span className="sr-only">{t("none")}</span>
                          </span>
                        ) : (
                          <span className="flex flex-col">
                            {link.earnings.map((e) => (
                              <span key={e.currency}>{format.money(e.amountMinor, e.currency)}</span>
                            ))}
                          </span>
                        )}
                      </Td>
                      <Td label={t("earning")}>
                        {link.disabledAt ? (
                          <Badge tone="red">{t("disabled")}</Badge>
                        ) : daysLeft > 0 ? (
                          <span>{t("daysLeft", { count: daysLeft })}</span>
                        ) : link.renewedById ? (
                          <Link href={`/creator/links/${link.renewedById}`} className="font-medium text-brand-700 underline">
                            {t("renewed")}
                          </Link>
                        ) : (
                          <span className="text-amber-800">
                            {t.rich("expired", {
                              link: (chunks) => (
                                <Link href={`/creator/links/${link.id}`} className="font-medium underline">
                                  {chunks}
                                </Link>
                              ),
                            })}
                          </span>
                        )}
                      </Td>
                      <Td label={t("channel")}>{channel}</Td>
                      <Td label={t("subId")} className="max-sm:break-all">
                        {link.subId || (
                          <span className="text-slate-400">
                            <span aria-hidden>—</span>
                            <span className="sr-only">{t("none")}</span>
                          </span>
                        )}
                      </Td>
                    </tr>
                  );
                })}
              </Table>
              <p className="mt-2 text-xs text-slate-500">{t("earningsNote")}</p>
              <Pagination page={page} pageSize={pageSize} total={total} query={{ ...applied }} />
            </>
          )}
        </>
      )}
    </>
  );
}
