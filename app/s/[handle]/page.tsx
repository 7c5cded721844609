import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { findPublicShowcase } from "@/db/queries/showcase";
import { StorefrontFrame } from "@/app/storefront-frame";
import { CreatorAvatar } from "@/components/creators/creator-avatar";
import { ShowcaseGrid } from "@/components/showcase/showcase-grid";
import { EmptyState } from "@/components/ui/card";
import { showcaseHandleRedirect } from "@/lib/creators/profile";
import { currentAffiliateThreshold } from "@/lib/creators/threshold";
import { creatorTier } from "@/lib/creators/tier";
import { mediaUrl } from "@/lib/media/url";
import { publicActor } from "@/server/context";

/** A creator's showcase for buyers: their picks, pinned ones first, in the order they chose. */

// Handles are the part of an e-mail before the @ or chosen at sign-up: letters, digits, . _ -
// Only affiliate creators can have a showcase: a link-share creator's address is not a page at all.
// A handle nobody has now may be one a creator gave up lately: `movedTo` is their new one.
const findShowcase = cache(async (handle: string) => {
  if (!/^[A-Za-z0-9._-]{1,60}$/.test(handle)) return { found: undefined };
  const { db, at } = await publicActor();
  const found = await findPublicShowcase(db, handle);
  if (!found) return { found: undefined, movedTo: await showcaseHandleRedirect(db, handle, at) };
  return { found: creatorTier(found.profile.followerCount, await currentAffiliateThreshold(db)) === "affiliate" ? found : undefined };
});

export async function generateMetadata({ params }: { params: Promise<{ handle: string }> }): Promise<Metadata> {
  await connection();
  const [{ found }, t] = await Promise.all([findShowcase(decodeURIComponent((await params).handle)), getTranslations("buyer.showcase")]);
  return { title: found ? t("title", { name: found.profile.displayName }) : t("notFoundTitle") };
}

export default async function ShowcasePublicPage({ params }: { params: Promise<{ handle: string }> }) {
  await connection();
  const { found, movedTo } = await findShowcase(decodeURIComponent((await params).handle));
  if (movedTo) redirect(`/s/${encodeURIComponent(movedTo)}`);
  if (!found) notFound();
  const { profile, items } = found;
  const t = await getTranslations("buyer.showcase");
  const heading = t("heading", { name: profile.displayName });
  return (
    <StorefrontFrame>
      <header className="mb-8 flex items-center gap-4">
        <CreatorAvatar name={profile.displayName} mediaId={profile.avatarMediaId} size="md" />
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight break-words text-slate-900">{heading}</h1>
          <p className="text-sm break-all text-slate-500">@{profile.handle}</p>
          {profile.bio ? <p className="mt-1 max-w-2xl break-words text-slate-700">{profile.bio}</p> : null}
        </div>
      </header>
      {items.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyText", { name: profile.displayName })}</EmptyState>
      ) : (
        <ShowcaseGrid
          products={items.map((i) => ({ id: i.productId, title: i.title, shopName: i.shopName, priceMinor: i.priceMinor, currency: i.currency, imageUrl: mediaUrl(i.imageMediaId), stock: i.stock, pinned: i.pinSlot !== null }))}
          label={heading}
        />
      )}
    </StorefrontFrame>
  );
}
