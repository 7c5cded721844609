import { pgEnum, pgTable, text, integer, boolean, check, index, uniqueIndex } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { currency, minor, tstz } from "./columns";
import { media, users } from "./users";
import { shops } from "./shops";

export const productStatusEnum = pgEnum("product_status", ["active", "archived"]);

/**
 * Also a generated column `search_vector` (title, description and category, accent-folded; GIN
 * index), made by migration 0012 and left out of this table on purpose, so a product read with
 * select() does not carry it: the marketplace's search reads it as PRODUCT_SEARCH_VECTOR (./search.ts).
 */
export const products = pgTable(
  "products",
  {
    id: text("id").primaryKey(),
    shopId: text("shop_id").notNull().references(() => shops.id),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    category: text("category").notNull(),
    sku: text("sku").notNull(),
    priceMinor: minor("price_minor").notNull(),
    currency: currency().notNull(),
    stock: integer("stock").notNull().default(0),
    imageMediaId: text("image_media_id").references(() => media.id),
    /** For products sold on the seller's own site; must be https on one of the shop's domains. */
    externalUrl: text("external_url"),
    status: productStatusEnum("status").notNull().default("active"),
    archivedAt: tstz("archived_at"),
    /** The open plan: whether every creator may earn on this product, and at what rate. */
    openToAffiliates: boolean("open_to_affiliates").notNull().default(true),
    openRateBps: integer("open_rate_bps").notNull(),
    openFlatFeeMinor: minor("open_flat_fee_minor").notNull().default(0),
    createdAt: tstz("created_at").notNull().defaultNow(),
    updatedAt: tstz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("products_shop_sku_key").on(t.shopId, t.sku),
    index("products_shop_status_idx").on(t.shopId, t.status, t.createdAt),
    check("products_price_chk", sql`${t.priceMinor} >= 0`),
    check("products_stock_chk", sql`${t.stock} >= 0`),
    check("products_open_rate_chk", sql`${t.openRateBps} between 100 and 8000 or (${t.openRateBps} = 0 and ${t.openFlatFeeMinor} > 0)`),
    check("products_flat_fee_chk", sql`${t.openFlatFeeMinor} >= 0`),
  ],
);

/**
 * Every change of a product's open plan, with the time it takes effect. Commissions freeze their
 * rate when earned, so this history is for reading ("what was the rate on 3 May?"), never for rewriting.
 */
export const productRateChanges = pgTable(
  "product_rate_changes",
  {
    id: text("id").primaryKey(),
    productId: text("product_id").notNull().references(() => products.id),
    openToAffiliates: boolean("open_to_affiliates").notNull(),
    rateBps: integer("rate_bps").notNull(),
    flatFeeMinor: minor("flat_fee_minor").notNull().default(0),
    effectiveAt: tstz("effective_at").notNull(),
    changedByUserId: text("changed_by_user_id").references(() => users.id),
    /**
     * When the seller decided it (null on rows from before migration 0016: decided when effective).
     * A raise is effective when decided; a cut after the shop's notice period (DOMAIN: Fair rate changes).
     */
    decidedAt: tstz("decided_at"),
    /** When the product's current open plan became this change's: at once, or by the minute jobs once a cut is due. */
    appliedAt: tstz("applied_at"),
    /** A cut still waiting that a later decision replaced before it took effect: it never applies. */
    cancelledAt: tstz("cancelled_at"),
  },
  (t) => [
    index("product_rate_changes_product_idx").on(t.productId, t.effectiveAt),
    index("product_rate_changes_waiting_idx").on(t.effectiveAt).where(sql`${t.appliedAt} is null and ${t.cancelledAt} is null`),
    check("product_rate_changes_cancel_chk", sql`not (${t.appliedAt} is not null and ${t.cancelledAt} is not null)`),
  ],
);

export type Product = typeof products.$inferSelect;
export type NewProduct = typeof products.$inferInsert;
