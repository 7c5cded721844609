import type { CurrencyCode } from "@/lib/money";
import { addDays } from "@/lib/clock";
import { newDomainToken } from "@/lib/domains/ownership-check";
import { newId } from "@/lib/ids";
import {
  campaignProducts,
  campaigns,
  media,
  productRateChanges,
  products,
  shopDomains,
  shops,
  showcaseItems,
  targetedPlanCreators,
  targetedPlanProducts,
  targetedPlans,
} from "../schema";
import { BRIGHTSIDE_HOME, SAIGON_CRAFT, type CatalogueItem } from "./catalogue";
import { productImageSvg } from "./images";
import type { Random } from "./random";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

export type DemoProduct = Insert<typeof products> & { id: string; shopId: string; currency: CurrencyCode; openRateBps: number; priceMinor: number };
export type DemoShop = Insert<typeof shops> & { id: string; currency: CurrencyCode; holdingDays: number; returnWindowDays: number };
export type DemoTargeted = { plan: Insert<typeof targetedPlans> & { id: string }; products: Insert<typeof targetedPlanProducts>[]; creators: Insert<typeof targetedPlanCreators>[] };
export type DemoCampaign = { campaign: Insert<typeof campaigns> & { id: string; startsAt: Date; endsAt: Date }; products: Insert<typeof campaignProducts>[] };

export type DemoCatalogue = {
  media: Insert<typeof media>[];
  shops: DemoShop[];
  shopDomains: Insert<typeof shopDomains>[];
  products: DemoProduct[];
  rateChanges: Insert<typeof productRateChanges>[];
  targeted: DemoTargeted;
  campaign: DemoCampaign;
  showcase: Insert<typeof showcaseItems>[];
};

type Owners = { sellerUsd: string; sellerVnd: string; mai: string; ana: string };

const RATE_STEPS = [300, 500, 600, 800, 1000, 1200, 1500];

function buildShop(ownerUserId: string, now: Date, spec: { name: string; slug: string; currency: CurrencyCode; country: string; domain: string }, out: DemoCatalogue) {
  const shop: DemoShop = {
    id: newId("shp"),
    ownerUserId,
    name: spec.name,
    slug: spec.slug,
    currency: spec.currency,
    country: spec.country,
    returnWindowDays: 7,
    holdingDays: 15,
    defaultOpenRateBps: 800,
    createdAt: addDays(now, -120),
  };
  out.shops.push(shop);
  // The demo's *.example domains cannot be checked (no one can publish a token there), so the demo
  // has them verified by the platform, as an admin would confirm them by hand.
  out.shopDomains.push({ id: newId("dom"), shopId: shop.id, domain: spec.domain, token: newDomainToken(), state: "verified", verifiedBy: "admin", verifiedAt: addDays(now, -119), createdAt: shop.createdAt! });
  return shop;
}

function buildProducts(rand: Random, shop: DemoShop, items: CatalogueItem[], now: Date, out: DemoCatalogue) {
  items.forEach((item, index) => {
    const image = productImageSvg(item.title, item.category);
    const mediaId = newId("med");
    out.media.push({ id: mediaId, ownerUserId: shop.ownerUserId, contentType: "image/svg+xml", byteSize: image.byteLength, bytes: image, createdAt: shop.createdAt });
    const createdAt = addDays(shop.createdAt!, rand.int(0, 20));
    const rate = rand.pick(RATE_STEPS);
    const product: DemoProduct = {
      id: newId("prd"),
      shopId: shop.id,
      title: item.title,
      description: item.description,
      category: item.category,
      sku: `${shop.slug.slice(0, 3).toUpperCase()}-${String(index + 1).padStart(4, "0")}`,
      priceMinor: item.price,
      currency: shop.currency,
      stock: rand.int(0, 9) === 0 ? 0 : rand.int(5, 240),
      imageMediaId: mediaId,
      // The last product of each shop is archived, so lists show that state too.
      status: index === items.length - 1 ? "archived" : "active",
      archivedAt: index === items.length - 1 ? addDays(now, -10) : null,
      openToAffiliates: index % 9 !== 8,
      openRateBps: rate,
      createdAt,
      updatedAt: createdAt,
    };
    out.products.push(product);
    out.rateChanges.push({ id: newId("prc"), productId: product.id, openToAffiliates: product.openToAffiliates!, rateBps: rate, effectiveAt: createdAt, decidedAt: createdAt, appliedAt: createdAt, changedByUserId: shop.ownerUserId });
  });
}

/** Shops, products with pictures and open rates, a targeted plan, a campaign and two showcases. */
export function buildCatalogue(rand: Random, owners: Owners, now: Date): DemoCatalogue {
  const out: DemoCatalogue = { media: [], shops: [], shopDomains: [], products: [], rateChanges: [], showcase: [], targeted: undefined!, campaign: undefined! };
  const usd = buildShop(owners.sellerUsd, now, { name: "Brightside Home", slug: "brightside-home", currency: "USD", country: "US", domain: "brightside-home.example" }, out);
  const vnd = buildShop(owners.sellerVnd, now, { name: "Saigon Craft Co.", slug: "saigon-craft", currency: "VND", country: "VN", domain: "saigoncraft.example" }, out);
  buildProducts(rand, usd, BRIGHTSIDE_HOME, now, out);
  buildProducts(rand, vnd, SAIGON_CRAFT, now, out);

  // One product of the USD shop was sold on the seller's own site (an external URL on its domain).
  const external = out.products.find((p) => p.shopId === usd.id && p.status === "active")!;
  external.externalUrl = "https://brightside-home.example/products/linen-throw";

  const usdEarning = out.products.filter((p) => p.shopId === usd.id && p.status === "active" && p.openToAffiliates);
  const plan = { id: newId("tpl"), shopId: usd.id, name: "Brightside Insiders", message: "Thanks for loving our home goods: here are better rates on our best sellers.", startsAt: addDays(now, -50), endsAt: addDays(now, 40), status: "live" as const, createdAt: addDays(now, -52) };
  out.targeted = {
    plan,
    products: usdEarning.slice(0, 5).map((p) => ({ planId: plan.id, productId: p.id, rateBps: Math.min(p.openRateBps + 700, 8000), flatFeeMinor: 0 })),
    creators: [
      { planId: plan.id, creatorId: owners.mai, status: "accepted", invitedAt: addDays(now, -50), respondedAt: addDays(now, -49) },
      { planId: plan.id, creatorId: owners.ana, status: "pending", invitedAt: addDays(now, -10) },
    ],
  };

  const vndEarning = out.products.filter((p) => p.shopId === vnd.id && p.status === "active" && p.openToAffiliates);
  const campaign = {
    id: newId("cmp"),
    shopId: vnd.id,
    slug: "tet-gift-week",
    name: "Tết Gift Week",
    description: "Handmade gifts for the new year, with higher commissions for every creator who shares them.",
    startsAt: addDays(now, -30),
    endsAt: addDays(now, 20),
    createdByUserId: owners.sellerVnd,
    createdAt: addDays(now, -32),
  };
  out.campaign = {
    campaign,
    products: vndEarning.slice(0, 6).map((p, i) => ({
      campaignId: campaign.id,
      productId: p.id,
      rateBps: Math.min(p.openRateBps + 500, 8000),
      // A bounty on top of the rate for the first two products.
      flatFeeMinor: i < 2 ? 20_000 : 0,
      addedAt: campaign.startsAt,
    })),
  };

  const showcaseFor = (creatorId: string, picks: DemoProduct[]) =>
    picks.forEach((p, position) => out.showcase.push({ id: newId("shi"), creatorId, productId: p.id, position, addedAt: addDays(now, -70) }));
  showcaseFor(owners.mai, [...usdEarning.slice(2, 6), ...vndEarning.slice(6, 8)]);
  showcaseFor(owners.ana, vndEarning.slice(1, 6));
  return out;
}
