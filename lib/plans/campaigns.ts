import "server-only";
import type { Database } from "@/db/client";
import {
  findShopCampaign,
  insertCampaign,
  putCampaignProducts,
  removeCampaignProducts,
  shopCampaignProducts,
  slugTakenByOtherCampaign,
  updateShopCampaign,
} from "@/db/queries/campaigns";
import { insertMedia } from "@/db/queries/media";
import { isUniqueViolation } from "@/db/sql-helpers";
import type { Campaign } from "@/db/schema";
import type { Reward } from "@/lib/commissions/effective-rate";
import { NotFoundError, invalidFields } from "@/lib/errors";
import { newId } from "@/lib/ids";
import type { ImageCheck } from "@/lib/media/image-upload";
import type { CampaignInput } from "@/lib/validation/plans";
import { campaignSlugFrom } from "./campaign-slug";
import { datesError, keepUnlessEdited } from "./dates";
import { checkPlanProducts, type ShopActor } from "./plan-products";

/**
 * Campaigns: products at campaign rates between two dates, earned through campaign links and shown
 * to buyers at /c/<slug>. Products come and go with dated rows (added_at, removed_at), because a
 * campaign link earns on what the campaign held at the time of the order.
 */

const SLUG_TAKEN = "Another campaign already uses this address";

function checkDates(input: CampaignInput) {
  const error = datesError(input.startsAt, input.endsAt);
  if (error) throw invalidFields({ endsAt: error });
}

async function storeBanner(db: Database, banner: ImageCheck | null, actor: ShopActor): Promise<string | undefined> {
  if (!banner) return undefined;
  if (!banner.ok) throw invalidFields({ banner: banner.error });
  return insertMedia(db, { ownerUserId: actor.shop.ownerUserId, contentType: banner.contentType, bytes: banner.bytes, at: actor.at });
}

/** The seller's address if free; or one made from the name, numbered until free. */
async function chooseSlug(db: Database, input: CampaignInput, exceptCampaignId?: string): Promise<string> {
  if (input.slug) {
    if (await slugTakenByOtherCampaign(db, input.slug, exceptCampaignId)) throw invalidFields({ slug: SLUG_TAKEN });
    return input.slug;
  }
  const base = campaignSlugFrom(input.name);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base.slice(0, 55)}-${n}`;
    if (!(await slugTakenByOtherCampaign(db, slug, exceptCampaignId))) return slug;
  }
}

/** Two sellers racing for one address: the unique index decides, the loser gets the field message. */
function slugRace(error: unknown): never {
  if (isUniqueViolation(error, "campaigns_slug_key")) throw invalidFields({ slug: SLUG_TAKEN });
  throw error;
}

export async function createCampaign(db: Database, actor: ShopActor, input: CampaignInput, banner: ImageCheck | null): Promise<Campaign> {
  checkDates(input);
  if (input.endsAt.getTime() <= actor.at.getTime()) throw invalidFields({ endsAt: "The end has already passed" });
  try {
    return await db.transaction(async (tx) => {
      await checkPlanProducts(tx, actor.shop.id, input.products, { aboveOpenPlan: false });
      const campaign = await insertCampaign(tx, {
        id: newId("cmp"),
        shopId: actor.shop.id,
        slug: await chooseSlug(tx, input),
        name: input.name,
        description: input.description,
        bannerMediaId: await storeBanner(tx, banner, actor),
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        createdByUserId: actor.shop.ownerUserId,
        createdAt: actor.at,
      });
      await putCampaignProducts(tx, campaign.id, input.products, actor.at);
      return campaign;
    });
  } catch (error) {
    return slugRace(error);
  }
}

/**
 * Saves the seller's edit. A product left out is removed from now on (its row stays, dated); a
 * product put in is added from now on; a product kept keeps its added_at with the new reward.
 * An empty address keeps the current one.
 */
export async function updateCampaign(db: Database, actor: ShopActor, campaignId: string, input: CampaignInput, banner: ImageCheck | null): Promise<Campaign> {
  checkDates(input);
  try {
    return await db.transaction(async (tx) => {
      const campaign = await findShopCampaign(tx, { shopId: actor.shop.id, campaignId });
      if (!campaign) throw new NotFoundError("The campaign");
      const current = (await shopCampaignProducts(tx, { shopId: actor.shop.id, campaignId })).filter((p) => p.removedAt === null);
      const kept = new Map<string, Reward>(current.map((p) => [p.productId, { rateBps: p.rateBps, flatFeeMinor: p.flatFeeMinor }]));
      await checkPlanProducts(tx, actor.shop.id, input.products, { aboveOpenPlan: false, kept });
      const bannerMediaId = await storeBanner(tx, banner, actor);
      const saved = await updateShopCampaign(tx, { shopId: actor.shop.id, campaignId }, {
        name: input.name,
        slug: input.slug ? await chooseSlug(tx, input, campaignId) : campaign.slug,
        description: input.description,
        startsAt: keepUnlessEdited(campaign.startsAt, input.startsAt),
        endsAt: keepUnlessEdited(campaign.endsAt, input.endsAt),
        ...(bannerMediaId ? { bannerMediaId } : {}),
      });
      if (!saved) throw new NotFoundError("The campaign");
      const wanted = new Set(input.products.map((p) => p.productId));
      await removeCampaignProducts(tx, { campaignId, productIds: current.filter((p) => !wanted.has(p.productId)).map((p) => p.productId) }, actor.at);
      await putCampaignProducts(tx, campaignId, input.products, actor.at);
      return saved;
    });
  } catch (error) {
    return slugRace(error);
  }
}
