import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { listCreatorLinks } from "@/db/queries/creator-links";
import { CopyButton } from "@/components/ui/copy-button";
import { linkTargetLabel, newLinkHref } from "@/components/links/link-target";
import { Badge } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { CHANNEL_LABELS } from "@/lib/sharing/channels";
import { earningDaysLeft } from "@/lib/sharing/earning-window";
import { publicOrigin, shortLinkUrl } from "@/lib/sharing/short-link";
import { pageNumber, readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Your links" };

export default async function LinksPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, user, at } = await pageActor("creator");
  const requested = pageNumber(readSearchParams(await searchParams, ["page"]).page);
  const { rows, total, page, pageSize } = await listCreatorLinks(db, user.id, { page: requested });
  const origin = publicOrigin(await headers());
  return (
    <>
      <PageHeader
        title="Your links"
        description="Every link you made, with its clicks (bots left out). A link earns for 100 days; after that it still works but earns nothing."
        actions={<ButtonLink href="/creator/products">Get a new link</ButtonLink>}
      />
      {rows.length === 0 && page === 1 ? (
        <EmptyState title="No links yet" action={<ButtonLink href="/creator/products">Find a product to link</ButtonLink>}>
          Pick a product or a campaign, choose where you will share it, and your short link is ready to copy.
        </EmptyState>
      ) : (
        <>
          <Table head={["Link", "Clicks", "Unique", "Earning", "Channel", "Sub-id"]}>
            {rows.map((link) => {
              const shortLink = shortLinkUrl(origin, link.code);
              const daysLeft = link.disabledAt ? 0 : earningDaysLeft(link.earnsUntil, at);
              const target = linkTargetLabel(link);
              return (
                <tr key={link.id} className="hover:bg-slate-50">
                  <Td>
                    <Link href={`/creator/links/${link.id}`} className="block max-w-72 truncate font-medium text-slate-900 hover:underline">
                      {target}
                    </Link>
                    <div className="mt-1 flex items-center gap-2">
                      <span className="font-mono text-xs text-slate-500">{shortLink}</span>
                      <CopyButton text={shortLink} buttonText="Copy link" copiedText="Link copied" size="sm" accessibleName={`Copy link for ${target}, ${CHANNEL_LABELS[link.channel]}${link.subId ? `, ${link.subId}` : ""}`} />
                    </div>
                    {link.productStatus === "archived" ? <Badge tone="red">product archived</Badge> : null}
                  </Td>
                  <Td className="tabular-nums">{link.clicks.toLocaleString("en")}</Td>
                  <Td className="tabular-nums">{link.uniqueClicks.toLocaleString("en")}</Td>
                  <Td>
                    {link.disabledAt ? (
                      <Badge tone="red">disabled</Badge>
                    ) : daysLeft > 0 ? (
                      <span>
                        {daysLeft} {daysLeft === 1 ? "day" : "days"} left
                      </span>
                    ) : (
                      <span className="text-amber-800">
                        expired:{" "}
                        <Link href={newLinkHref(link)} className="font-medium underline">
                          make a new one
                        </Link>
                      </span>
                    )}
                  </Td>
                  <Td>{CHANNEL_LABELS[link.channel]}</Td>
                  <Td>{link.subId || <span className="text-slate-400">—</span>}</Td>
                </tr>
              );
            })}
          </Table>
          <Pagination page={page} pageSize={pageSize} total={total} query={{}} />
        </>
      )}
    </>
  );
}
