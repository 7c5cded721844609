import { getTranslations } from "next-intl/server";
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
import { publicOrigin, shortLinkUrl } from "@/lib/sharing/short-link";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";
import { linkTargetWords } from "../link-words";

export async function generateMetadata() {
  return { title: (await getTranslations("creator.link"))("title") };
}

export default async function LinkPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> }) {
  const { db, user, at } = await pageActor("creator");
  const { id } = await params;
  const query = readSearchParams(await searchParams, ["new", "again"]);
  const link = isId(id, "lnk") ? await findCreatorLink(db, { creatorId: user.id, linkId: id }) : undefined;
  if (!link) notFound();
  const [t, channels, words] = await Promise.all([getTranslations("creator.link"), getTranslations("creator.channels"), linkTargetWords()]);
  const shortLink = shortLinkUrl(publicOrigin(await headers()), link.code);
  const target = linkTargetLabel(link, words);
  const channel = channels(link.channel);
  // What the share buttons post with the link: the product or campaign's own name.
  const shareText = link.type === "showcase" ? t("showcaseShareText") : link.type === "campaign" && link.campaignName ? link.campaignName : target;
  return (
    <>
      <PageHeader
        title={target}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <Badge tone="blue">{channel}</Badge>
            {link.subId ? <Badge>{t("subId", { subId: link.subId })}</Badge> : null}
            {link.type === "product" && link.productStatus === "archived" ? <Badge tone="red">{t("productArchived")}</Badge> : null}
          </span>
        }
        actions={
          <div className="flex flex-wrap gap-2">
            <ButtonLink href={newLinkHref(link)} variant="secondary">
              {t("getAnother")}
            </ButtonLink>
            <ButtonLink href={`/creator/commissions?link=${link.id}`} variant="secondary">
              {t("commissions")}
            </ButtonLink>
            <ButtonLink href="/creator/links" variant="secondary">
              {t("allLinks")}
            </ButtonLink>
          </div>
        }
      />
      <div className="mb-4">
        {query.again ? (
          <Alert tone="info">{link.subId ? t("againSub", { channel, subId: link.subId }) : t("again", { channel })}</Alert>
        ) : query.new ? (
          <Alert tone="success">{t("created")}</Alert>
        ) : null}
      </div>
      <LinkSharePanel linkId={link.id} shortLink={shortLink} shareText={shareText} earnsUntil={link.earnsUntil} at={at} />
    </>
  );
}
