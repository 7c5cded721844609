import "server-only";
import { z } from "zod";
import { checkExternalProductUrl, parseShopDomains } from "@/lib/catalogue/domains";
import { flatFeeError, parseRatePercent, rewardError } from "@/lib/catalogue/rates";
import { SUPPORTED_CURRENCIES, type CurrencyCode } from "@/lib/money";
import { moneyField } from "./money";
import { storableText } from "./text";

export { moneyField } from "./money";

/** Shared by the seller forms, their actions and (later) the API: every rule lives here once. */

export const COUNTRIES = ["US", "GB", "DE", "FR", "VN", "ID", "PH", "TH", "MY", "SG", "AU", "CA"] as const;

/**
 * A shop's return window and holding period: at least a day each, so a refund can still reach a
 * commission before its money is withdrawable, and not so long that creators wait forever. The
 * database checks the same bounds (db/schema/shops.ts).
 */
export const SHOP_DAY_LIMITS = {
  returnWindowDays: { min: 1, max: 90, default: 7 },
  holdingDays: { min: 1, max: 180, default: 15 },
  // DOMAIN, Fair rate changes: a cut waits at least 2 days (the database checks the same bounds).
  rateNoticeDays: { min: 2, max: 60, default: 7 },
} as const;

const days = (label: string, limits: { min: number; max: number }) =>
  z.coerce
    .number({ error: `Enter the ${label} in days` })
    .int("Whole days only")
    .min(limits.min, limits.min === 1 ? "At least 1 day" : `At least ${limits.min} days`)
    .max(limits.max, `At most ${limits.max} days`);

/**
 * A percentage field ("12.5") as basis points; empty means 0, which the form's own check allows
 * only with a flat fee. The range is checked here so it shows together with the other fields' errors.
 */
export const ratePercentField = z.string().transform((value, ctx) => {
  if (value.trim() === "") return 0;
  const parsed = parseRatePercent(value);
  const error = parsed.ok ? (parsed.bps === 0 ? null : rewardError(parsed.bps, 0)) : parsed.error;
  if (error || !parsed.ok) {
    ctx.addIssue({ code: "custom", message: error ?? "Enter a rate" });
    return z.NEVER;
  }
  return parsed.bps;
});

const checkbox = z.string().optional().transform((v) => v === "on" || v === "true" || v === "1");

export const shopSchema = z
  .object({
    name: storableText().trim().min(2, "Enter the shop's name").max(80, "Use at most 80 characters"),
    currency: z.enum(SUPPORTED_CURRENCIES as unknown as [CurrencyCode, ...CurrencyCode[]], { error: "Choose a currency" }),
    country: z.enum(COUNTRIES, { error: "Choose a country" }),
    returnWindowDays: days("return window", SHOP_DAY_LIMITS.returnWindowDays),
    holdingDays: days("holding period", SHOP_DAY_LIMITS.holdingDays),
    // Absent (a form from before the field existed): the default.
    rateNoticeDays: z.preprocess((v) => v ?? SHOP_DAY_LIMITS.rateNoticeDays.default, days("notice period", SHOP_DAY_LIMITS.rateNoticeDays)),
    defaultOpenRate: ratePercentField,
    domains: z
      .string()
      .optional()
      // Absent (the shop profile once set up manages domains on its own): left as they are.
      .transform((value, ctx) => {
        if (value === undefined) return undefined;
        const parsed = parseShopDomains(value);
        if (!parsed.ok) {
          ctx.addIssue({ code: "custom", message: parsed.error });
          return z.NEVER;
        }
        return parsed.domains;
      }),
  })
  .superRefine((shop, ctx) => {
    const error = shop.defaultOpenRate === 0 ? "Set a default rate between 1% and 80%" : rewardError(shop.defaultOpenRate, 0);
    if (error) ctx.addIssue({ code: "custom", path: ["defaultOpenRate"], message: error });
  });

export type ShopInput = z.infer<typeof shopSchema>;

/**
 * `domains` are the shop's VERIFIED domains, the only ones an external URL may use;
 * `unverifiedDomains` (pending or revoked) only make a refusal explain itself.
 */
export function productSchema(shop: { currency: CurrencyCode; domains?: readonly string[]; unverifiedDomains?: readonly string[] }) {
  return z
    .object({
      title: storableText().trim().min(2, "Enter a title").max(140, "Use at most 140 characters"),
      description: storableText().trim().max(4000, "Use at most 4,000 characters").default(""),
      category: storableText().trim().min(2, "Enter a category").max(40, "Use at most 40 characters"),
      sku: z
        .string()
        .trim()
        .min(1, "Enter a SKU")
        .max(64, "Use at most 64 characters")
        .regex(/^[A-Za-z0-9._\-/]+$/, "Use letters, digits and . _ - / only"),
      price: moneyField(shop.currency, { allowZero: false }),
      stock: z.coerce.number({ error: "Enter the stock as a whole number" }).int("Whole units only").min(0, "Stock cannot be negative").max(10_000_000, "That is a lot of stock"),
      externalUrl: z
        .string()
        .optional()
        .transform((value, ctx) => {
          if (!value?.trim()) return null;
          const checked = checkExternalProductUrl(value, shop.domains ?? [], shop.unverifiedDomains);
          if (!checked.ok) {
            ctx.addIssue({ code: "custom", message: checked.error });
            return z.NEVER;
          }
          return checked.url;
        }),
      openToAffiliates: checkbox,
      openRate: ratePercentField,
      openFlatFee: moneyField(shop.currency, { optional: true, allowZero: true }),
    })
    .superRefine((p, ctx) => {
      const error = rewardError(p.openRate, p.openFlatFee);
      if (error) ctx.addIssue({ code: "custom", path: ["openRate"], message: error });
      const feeError = flatFeeError(p.openFlatFee, p.price);
      if (feeError) ctx.addIssue({ code: "custom", path: ["openFlatFee"], message: feeError });
    });
}

export type ProductInput = z.infer<ReturnType<typeof productSchema>>;

/** The product form when it edits a product: the product's id is read with the fields. */
export function productUpdateSchema(shop: Parameters<typeof productSchema>[0]) {
  return productSchema(shop).extend({ productId: z.string().min(1) });
}

export const productArchiveSchema = z.object({ productId: z.string().min(1), archive: z.enum(["1", "0"]) });
export const keepPlanSchema = z.object({ productId: z.string().min(1) });

// A blank field of the bulk edit means "leave it as it is", not zero.
const blankAsAbsent = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** The bulk edit of the open plan of the checked products ("productIds[]"): empty fields are left as they are. */
export function openPlanEditSchema(currency: CurrencyCode) {
  return z
    .object({
      productIds: z.array(z.string()).min(1, "Select at least one product"),
      rate: z.preprocess(blankAsAbsent, ratePercentField.optional()),
      flatFee: z.preprocess(blankAsAbsent, moneyField(currency, { optional: true, allowZero: true }).optional()),
      open: z.enum(["", "open", "closed"]).optional(),
    })
    .transform(({ productIds, rate, flatFee, open }) => ({
      productIds,
      edit: { rateBps: rate, flatFeeMinor: flatFee, openToAffiliates: open === "open" ? true : open === "closed" ? false : undefined },
    }));
}
