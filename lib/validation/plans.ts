import "server-only";
import { z } from "zod";
import { rewardError } from "@/lib/catalogue/rates";
import { isId } from "@/lib/ids";
import type { CurrencyCode } from "@/lib/money";
import { campaignSlugFrom, slugError } from "@/lib/plans/campaign-slug";
import { datesError, parseUtcDateTimeInput } from "@/lib/plans/dates";
import type { PlanProductInput } from "@/lib/plans/plan-products";
import { ratePercentField } from "./catalogue";
import { moneyField } from "./money";
import { storableText } from "./text";

/**
 * Forms of targeted plans and campaigns, shared by the forms, their actions and (later) the API.
 * Dates come from datetime-local fields and are read as UTC (lib/plans/dates.ts). The product
 * picker posts one row per product: include_<id> when ticked, rate_<id> in percent and fee_<id>
 * in the shop's currency; each row's message is keyed by its own field so it shows next to it.
 */

const utcDateTime = (what: "start" | "end") =>
  z
    .string()
    .default("")
    .transform((value, ctx) => {
      if (value.trim() === "") {
        ctx.addIssue({ code: "custom", message: `Enter the ${what} date and time` });
        return z.NEVER;
      }
      const date = parseUtcDateTimeInput(value);
      if (!date) {
        ctx.addIssue({ code: "custom", message: "Enter a date and time like 2026-11-22 10:00" });
        return z.NEVER;
      }
      return date;
    });

type Issue = { path: string; message: string };

const INCLUDE_KEY = /^include_(.+)$/;

/** The ticked rows of the product picker, with the messages of the rows that are wrong. */
function readRewardRows(entries: Record<string, unknown>, currency: CurrencyCode): { rows: PlanProductInput[]; issues: Issue[] } {
  const fee = moneyField(currency, { optional: true, allowZero: true });
  const rows: PlanProductInput[] = [];
  const issues: Issue[] = [];
  for (const key of Object.keys(entries)) {
    const productId = INCLUDE_KEY.exec(key)?.[1];
    if (!productId || !isId(productId, "prd")) continue;
    const rate = ratePercentField.safeParse(String(entries[`rate_${productId}`] ?? ""));
    const flatFee = fee.safeParse(String(entries[`fee_${productId}`] ?? ""));
    if (!rate.success) issues.push({ path: `rate_${productId}`, message: rate.error.issues[0]?.message ?? "Check the rate" });
    if (!flatFee.success) issues.push({ path: `fee_${productId}`, message: flatFee.error.issues[0]?.message ?? "Check the fee" });
    if (!rate.success || !flatFee.success) continue;
    const error = rewardError(rate.data, flatFee.data);
    if (error) issues.push({ path: `rate_${productId}`, message: error });
    else rows.push({ productId, rateBps: rate.data, flatFeeMinor: flatFee.data });
  }
  return { rows, issues };
}

/** Messages for the parts of a plan every form has: its dates and its product rows. */
function checkDatesAndRows(value: Record<string, unknown>, currency: CurrencyCode, ctx: z.RefinementCtx) {
  const { startsAt, endsAt } = value;
  if (startsAt instanceof Date && endsAt instanceof Date) {
    const error = datesError(startsAt, endsAt);
    if (error) ctx.addIssue({ code: "custom", path: ["endsAt"], message: error });
  }
  for (const issue of readRewardRows(value, currency).issues) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
}

const ids = (prefix: "usr") =>
  z
    .array(z.string())
    .default([])
    .transform((values) => [...new Set(values.filter((v) => isId(v, prefix)))]);

export function targetedPlanSchema(currency: CurrencyCode) {
  return z
    .looseObject({
      name: storableText().trim().min(2, "Enter the plan's name").max(80, "Use at most 80 characters"),
      message: storableText().trim().max(2000, "Use at most 2,000 characters").default(""),
      startsAt: utcDateTime("start"),
      endsAt: utcDateTime("end"),
      creatorIds: ids("usr"),
    })
    .superRefine((value, ctx) => checkDatesAndRows(value, currency, ctx))
    .transform((value) => ({
      name: value.name,
      message: value.message,
      startsAt: value.startsAt,
      endsAt: value.endsAt,
      creatorIds: value.creatorIds,
      products: readRewardRows(value, currency).rows,
    }));
}

export type TargetedPlanInput = z.infer<ReturnType<typeof targetedPlanSchema>>;

/** The plan form when it edits a plan: the plan's id is read with the fields (empty: the plan is not found). */
export function targetedPlanUpdateSchema(currency: CurrencyCode) {
  return z.intersection(z.object({ planId: z.string().default("") }), targetedPlanSchema(currency));
}

export function campaignSchema(currency: CurrencyCode) {
  return z
    .looseObject({
      name: storableText().trim().min(2, "Enter the campaign's name").max(80, "Use at most 80 characters"),
      // Empty: made from the name when the campaign is created.
      slug: z
        .string()
        .default("")
        .transform((value, ctx) => {
          const slug = value.trim().toLowerCase();
          if (slug === "") return null;
          const error = slugError(slug);
          if (error) {
            ctx.addIssue({ code: "custom", message: error });
            return z.NEVER;
          }
          return slug;
        }),
      description: storableText().trim().max(4000, "Use at most 4,000 characters").default(""),
      startsAt: utcDateTime("start"),
      endsAt: utcDateTime("end"),
    })
    .superRefine((value, ctx) => {
      checkDatesAndRows(value, currency, ctx);
      if (value.slug === null && typeof value.name === "string" && slugError(campaignSlugFrom(value.name))) {
        ctx.addIssue({ code: "custom", path: ["slug"], message: "Enter an address: the name has too few letters or digits to make one" });
      }
    })
    .transform((value) => ({
      name: value.name,
      slug: value.slug,
      description: value.description,
      startsAt: value.startsAt,
      endsAt: value.endsAt,
      products: readRewardRows(value, currency).rows,
    }));
}

export type CampaignInput = z.infer<ReturnType<typeof campaignSchema>>;

/** The campaign form when it edits a campaign: the campaign's id is read with the fields (empty: not found). */
export function campaignUpdateSchema(currency: CurrencyCode) {
  return z.intersection(z.object({ campaignId: z.string().default("") }), campaignSchema(currency));
}

export const creatorSearchSchema = z.object({
  q: storableText().trim().max(100, "Use at most 100 characters").default(""),
  minFollowers: z
    .string()
    .default("")
    .transform((value, ctx) => {
      const text = value.trim().replace(/[,\s_]/g, "");
      if (text === "") return 0;
      if (!/^\d{1,10}$/.test(text)) {
        ctx.addIssue({ code: "custom", message: "Enter a whole number of followers, like 1000" });
        return z.NEVER;
      }
      return Number(text);
    }),
  category: storableText().trim().max(40).default(""),
});

export const planIdSchema = z.object({ planId: z.string().min(1) });

export const invitationAnswerSchema = z.object({ planId: z.string().min(1), answer: z.enum(["accept", "decline"], { error: "Choose accept or decline" }) });


/** Remind or withdraw one pending invitation of a plan. */
export const invitationManageSchema = z.object({ planId: z.string().min(1), creatorId: z.string().min(1) });

/** Creators ticked in the creators list ("creatorIds[]"), invited to one of the shop's plans. */
export const inviteToPlanSchema = z.object({
  planId: z.string().min(1, "Choose a plan."),
  creatorIds: z.array(z.string()).default([]),
});
