import "server-only";
import type { Database } from "@/db/client";
import { insertMedia } from "@/db/queries/media";
import { listShopDomains } from "@/db/queries/shop-domains";
import { findShopByOwner, insertShop, rescaleShopPrices, shopHasOrders, slugTaken, updateShop } from "@/db/queries/shops";
import type { Shop } from "@/db/schema";
import { addShopDomains } from "@/lib/domains/shop-domains";
import { invalidFields } from "@/lib/errors";
import { newId } from "@/lib/ids";
import type { ImageCheck } from "@/lib/media/image-upload";
import { currencyExponent } from "@/lib/money";
import type { ShopInput } from "@/lib/validation/catalogue";

function slugFrom(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  return slug || "shop";
}

async function freeSlug(db: Database, name: string): Promise<string> {
  const base = slugFrom(name);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await slugTaken(db, slug))) return slug;
  }
}

/**
 * Creates the seller's shop or updates it (domains typed in are added to its list as pending). The currency is fixed once the shop has orders; before
 * that, changing it re-denominates the products so their prices keep their face value.
 */
export async function saveShop(
  db: Database,
  params: { ownerUserId: string; input: ShopInput; logo: ImageCheck | null; at: Date },
): Promise<{ shop: Shop & { domains: string[] }; created: boolean }> {
  const { input, logo, ownerUserId, at } = params;
  if (logo && !logo.ok) throw invalidFields({ logo: logo.error });
  return db.transaction(async (tx) => {
    const logoMediaId = logo?.ok ? await insertMedia(tx, { ownerUserId, contentType: logo.contentType, bytes: logo.bytes, at }) : undefined;
    const values = {
      name: input.name,
      currency: input.currency,
      country: input.country,
      returnWindowDays: input.returnWindowDays,
      holdingDays: input.holdingDays,
      rateNoticeDays: input.rateNoticeDays,
      defaultOpenRateBps: input.defaultOpenRate,
      ...(logoMediaId ? { logoMediaId } : {}),
    };
    const existing = await findShopByOwner(tx, ownerUserId);
    let shop: Shop;
    if (!existing) {
      shop = await insertShop(tx, { id: newId("shp"), ownerUserId, slug: await freeSlug(tx, input.name), createdAt: at, ...values });
    } else {
      if (existing.currency !== input.currency) {
        if (await shopHasOrders(tx, existing.id)) throw invalidFields({ currency: `The currency is fixed at ${existing.currency} once the shop has orders` });
        await rescaleShopPrices(tx, existing.id, input.currency, currencyExponent(input.currency) - currencyExponent(existing.currency));
      }
      shop = await updateShop(tx, existing.id, values);
    }
    // Typed domains join the list as pending: none may be used by products until verified.
    const domains = input.domains ? await addShopDomains(tx, { shopId: shop.id, domains: input.domains, at }) : await listShopDomains(tx, shop.id);
    return { shop: { ...shop, domains: domains.map((d) => d.domain) }, created: !existing };
  });
}
