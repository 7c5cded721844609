import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { findCreatorLink } from "@/db/queries/creator-links";
import { LinkSharePanel } from "@/components/links/link-share-panel";
import { linkTargetLabel, newLinkHref } from "@/components/links/link-target";
import { Alert, Badge } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { pageActor } from "@/server/context";
import { isId } from "@/lib/ids";
import { CHANNEL_LABELS } from "@/lib/sharing/channels";
import { publicOrigin, shortLinkUrl } from "@/lib/sharing/short-link";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Your link" };

export default async function LinkPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> }) {
  const { db, user, at } = await pageActor("creator");
  const { id } = await params;
  const query = readSearchParams(await searchParams, ["new", "again"]);
  const link = isId(id, "lnk") ? await findCreatorLink(db, { creatorId: user.id, linkId: id }) : undefined;
  if (!link) notFound();
  const shortLink = shortLinkUrl(publicOrigin(await headers()), link.code);
  const target = linkTargetLabel(link);
  return (
    <>
      <PageHeader
        title={target}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <Badge tone="blue">{CHANNEL_LABELS[link.channel]}</Badge>
            {link.subId ? <Badge>sub-id {link.subId}</Badge> : null}
            {link.type === "product" && link.productStatus === "archived" ? <Badge tone="red">product archived</Badge> : null}
          </span>
        }
        actions={
          <>
            <ButtonLink href={newLinkHref(link)} variant="secondary">
              Get another link
            </ButtonLink>
            <ButtonLink href="/creator/links" variant="secondary">
              All links
            </ButtonLink>
          </>
        }
      />
      <div className="mb-4">
        {query.again ? (
          <Alert tone="info">You already had this link for {CHANNEL_LABELS[link.channel]}{link.subId ? ` (sub-id ${link.subId})` : ""}: here it is again.</Alert>
        ) : query.new ? (
          <Alert tone="success">Your new link is ready. Share it anywhere: every sale it brings earns you a commission.</Alert>
        ) : null}
      </div>
      <LinkSharePanel linkId={link.id} shortLink={shortLink} shareText={link.type === "showcase" ? "My favourite finds" : target.replace(/^Campaign: /, "")} earnsUntil={link.earnsUntil} at={at} />
    </>
  );
}
