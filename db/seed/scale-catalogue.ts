import { eq, like } from "drizzle-orm";
import { addDays } from "@/lib/clock";
import { newId } from "@/lib/ids";
import type { CurrencyCode } from "@/lib/money";
import type { Database } from "../client";
import * as t from "../schema";
import { insertChunked } from "./insert";
import type { Random } from "./random";

/**
 * The benchmark seed's catalogue and people (db/seed/scale.ts): several more shops in the region's
 * currencies with thousands of products (English, Vietnamese and Indonesian titles), and dozens of
 * creators beside the demo's, so the demo creator Mai is the busiest of many rather than one of four.
 * Every account here signs in with the demo password (its hash is copied from a demo account).
 */

export const SCALE_EMAIL_DOMAIN = "scale.test";

type Language = "en" | "vi" | "id";
type ShopSpec = { name: string; slug: string; currency: CurrencyCode; country: string; language: Language; owner: string; price: [number, number, number] };

/** price: [lowest, highest, rounded to] in minor units of the shop's currency. */
const SHOPS: ShopSpec[] = [
  { name: "Northwind Outfitters", slug: "northwind-outfitters", currency: "USD", country: "US", language: "en", owner: "Olivia Grant", price: [900, 24_900, 100] },
  { name: "Lion City Living", slug: "lion-city-living", currency: "SGD", country: "SG", language: "en", owner: "Wei Ling Tan", price: [1_200, 32_000, 100] },
  { name: "Manila Makers", slug: "manila-makers", currency: "PHP", country: "PH", language: "en", owner: "Carlo Reyes", price: [25_000, 900_000, 500] },
  { name: "Kuala Craft", slug: "kuala-craft", currency: "MYR", country: "MY", language: "en", owner: "Aisyah Rahman", price: [2_500, 65_000, 100] },
  { name: "Bangkok Home Studio", slug: "bangkok-home-studio", currency: "THB", country: "TH", language: "en", owner: "Niran Chaiyaporn", price: [15_000, 450_000, 1_000] },
  { name: "Nhà Đèn Lồng Hội An", slug: "hoi-an-lanterns", currency: "VND", country: "VN", language: "vi", owner: "Trần Minh Khoa", price: [60_000, 2_800_000, 1_000] },
  { name: "Nông Sản Đà Lạt", slug: "da-lat-farm", currency: "VND", country: "VN", language: "vi", owner: "Lê Thị Hồng", price: [35_000, 900_000, 1_000] },
  { name: "Toko Batik Nusantara", slug: "batik-nusantara", currency: "IDR", country: "ID", language: "id", owner: "Dewi Lestari", price: [30_000, 1_800_000, 500] },
];

const CATEGORIES = ["Home", "Kitchen", "Bath", "Bedroom", "Lighting", "Garden", "Office", "Wellness", "Fashion", "Food", "Outdoor", "Gifts"];

/** Twenty materials in even shares: one of them ("walnut") is in about 4% of the English titles. */
const WORDS: Record<Language, { adjectives: string[]; materials: string[]; things: string[]; descriptions: string[] }> = {
  en: {
    adjectives: ["Handwoven", "Classic", "Everyday", "Compact", "Vintage", "Modern", "Travel", "Hand-finished", "Large", "Mini"],
    materials: ["Walnut", "Oak", "Linen", "Ceramic", "Copper", "Wool", "Bamboo", "Glass", "Cotton", "Stone", "Leather", "Rattan", "Teak", "Brass", "Marble", "Canvas", "Cork", "Jute", "Steel", "Silk"],
    things: ["Lamp", "Mug", "Throw", "Serving Board", "Vase", "Bowl", "Pillow", "Basket", "Tray", "Candle Holder", "Backpack", "Desk Organiser", "Planter", "Wall Clock", "Tote Bag", "Coaster Set"],
    descriptions: [
      "Made in small batches and finished by hand.",
      "Sturdy, easy to care for and made to last for years.",
      "A simple piece that fits any room; ships in recycled packaging.",
      "Designed with local makers; every piece is slightly different.",
    ],
  },
  vi: {
    adjectives: ["thủ công", "cổ điển", "mini", "cao cấp", "truyền thống", "hiện đại"],
    materials: ["lụa", "gốm", "tre", "mây", "gỗ xoan", "đồng", "sơn mài", "cói", "thổ cẩm", "giấy dó"],
    things: ["Đèn lồng", "Bình hoa", "Khay", "Giỏ", "Túi xách", "Bộ ấm chén", "Hộp trà", "Gối tựa", "Nón lá", "Khăn quàng"],
    descriptions: [
      "Làm thủ công bởi nghệ nhân Hội An, mỗi chiếc một khác.",
      "Chất liệu tự nhiên, bền đẹp, thích hợp làm quà Tết.",
      "Sản phẩm của làng nghề truyền thống, đóng gói cẩn thận.",
      "Đặc sản Đà Lạt, tươi ngon, giao hàng toàn quốc.",
    ],
  },
  id: {
    adjectives: ["Tulis", "Cap", "Premium", "Klasik", "Modern", "Mini"],
    materials: ["Batik", "Rotan", "Jati", "Pandan", "Tenun", "Kuningan", "Bambu", "Eceng Gondok"],
    things: ["Tas", "Kain", "Keranjang", "Kemeja", "Syal", "Tempat Tisu", "Taplak Meja", "Sandal"],
    descriptions: [
      "Dibuat dengan tangan oleh pengrajin di Yogyakarta.",
      "Bahan alami, kuat dan ramah lingkungan.",
      "Motif khas Nusantara, cocok untuk hadiah.",
    ],
  },
};

const CREATOR_NAMES = ["Hana Lim", "Budi Santoso", "Chloe Martin", "Dinh Bao", "Farah Aziz", "Gabriel Cruz", "Ibu Sari", "Joon Park", "Kavya Iyer", "Lucas Meyer", "Maya Putri", "Nam Hoàng", "Oscar Lind", "Priya Shah", "Quân Vũ", "Rina Wati", "Siti Nur", "Tomás García", "Uyên Đặng", "Vera Novak"];
const RATE_STEPS = [300, 500, 600, 800, 1000, 1200, 1500, 2000, 2500];
const SCALE_CREATORS = 60;

export type ScaleCatalogue = { shops: number; products: number; creators: number };

/** Whether an earlier run already added the scale shops and creators (they are added once per database). */
async function hasScaleCatalogue(db: Database): Promise<boolean> {
  const [row] = await db.select({ id: t.users.id }).from(t.users).where(like(t.users.email, `%@${SCALE_EMAIL_DOMAIN}`)).limit(1);
  return Boolean(row);
}

function productsOf(rand: Random, shop: typeof t.shops.$inferInsert & { id: string }, spec: ShopSpec, count: number) {
  const words = WORDS[spec.language];
  const [low, high, step] = spec.price;
  return Array.from({ length: count }, (_, i) => {
    const material = words.materials[i % words.materials.length]!;
    const thing = rand.pick(words.things);
    const adjective = rand.pick(words.adjectives);
    const title = spec.language === "en" ? `${adjective} ${material} ${thing}` : `${thing} ${material} ${adjective}`;
    const createdAt = addDays(shop.createdAt!, rand.int(1, 60));
    const archived = rand.chance(0.03);
    return {
      id: newId("prd"),
      shopId: shop.id,
      title,
      description: `${rand.pick(words.descriptions)} ${spec.language === "en" ? `${material}, ${rand.pick(CATEGORIES).toLowerCase()} range.` : ""}`.trim(),
      category: rand.pick(CATEGORIES),
      sku: `${spec.slug.slice(0, 3).toUpperCase()}-${String(i + 1).padStart(5, "0")}`,
      priceMinor: Math.round(rand.int(low, high) / step) * step,
      currency: spec.currency,
      stock: rand.chance(0.08) ? 0 : rand.int(1, 500),
      status: archived ? ("archived" as const) : ("active" as const),
      archivedAt: archived ? addDays(createdAt, 30) : null,
      openToAffiliates: !rand.chance(0.12),
      openRateBps: rand.pick(RATE_STEPS),
      createdAt,
      updatedAt: createdAt,
    };
  });
}

/**
 * Adds the scale shops (with their sellers and `products` products shared between them), the scale
 * creators and one shop's block of two creators (Mai among them, so her catalogue leaves a shop out),
 * unless an earlier run did. Products are created 140–200 days before `now`, before any scale link.
 */
export async function ensureScaleCatalogue(db: Database, rand: Random, options: { products: number; now: Date }): Promise<ScaleCatalogue | null> {
  if (await hasScaleCatalogue(db)) return null;
  const [demoUser] = await db.select({ passwordHash: t.users.passwordHash }).from(t.users).where(eq(t.users.email, "mai@demo.test"));
  const [mai] = await db.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, "mai@demo.test"));
  if (!demoUser || !mai) throw new Error("The demo accounts are missing: seed the demo first");
  const createdAt = addDays(options.now, -210);

  const sellers = SHOPS.map((spec, i) => ({ id: newId("usr"), email: `seller${i + 1}@${SCALE_EMAIL_DOMAIN}`, name: spec.owner, passwordHash: demoUser.passwordHash, role: "seller" as const, createdAt }));
  const shops = SHOPS.map((spec, i) => ({
    id: newId("shp"),
    ownerUserId: sellers[i]!.id,
    name: spec.name,
    slug: spec.slug,
    currency: spec.currency,
    country: spec.country,
    returnWindowDays: 7,
    holdingDays: i % 2 === 0 ? 15 : 10,
    defaultOpenRateBps: 800,
    createdAt,
  }));
  const creators = Array.from({ length: SCALE_CREATORS }, (_, i) => {
    const name = `${CREATOR_NAMES[i % CREATOR_NAMES.length]}${i >= CREATOR_NAMES.length ? ` ${Math.floor(i / CREATOR_NAMES.length) + 1}` : ""}`;
    return { id: newId("usr"), email: `creator${i + 1}@${SCALE_EMAIL_DOMAIN}`, name, passwordHash: demoUser.passwordHash, role: "creator" as const, createdAt };
  });

  await db.transaction(async (tx) => {
    await tx.insert(t.users).values([...sellers, ...creators]);
    await tx.insert(t.creatorProfiles).values(
      creators.map((c, i) => ({
        userId: c.id,
        handle: `scale_creator_${i + 1}`,
        displayName: c.name,
        bio: "Reviews of home goods and gifts.",
        categories: [rand.pick(CATEGORIES)],
        followerCount: rand.chance(0.5) ? rand.int(50, 599) : rand.int(600, 40_000),
        followersVerifiedAt: addDays(options.now, -rand.int(1, 90)),
        createdAt,
      })),
    );
    await tx.insert(t.shops).values(shops);
    await tx.insert(t.shopBlockedCreators).values(
      [mai.id, creators[0]!.id].map((creatorId) => ({ shopId: shops[0]!.id, creatorId, reason: "Brand-safety review", blockedAt: addDays(options.now, -150) })),
    );
  });

  const perShop = Math.ceil(options.products / shops.length);
  let added = 0;
  for (const [i, shop] of shops.entries()) {
    const rows = productsOf(rand, shop, SHOPS[i]!, Math.min(perShop, options.products - added));
    await insertChunked(db, t.products, rows, 1000);
    const changes = rows.map((p) => ({ id: newId("prc"), productId: p.id, openToAffiliates: p.openToAffiliates, rateBps: p.openRateBps, effectiveAt: p.createdAt, decidedAt: p.createdAt, appliedAt: p.createdAt, changedByUserId: shop.ownerUserId }));
    await insertChunked(db, t.productRateChanges, changes, 1000);
    added += rows.length;
  }
  return { shops: shops.length, products: added, creators: creators.length };
}
