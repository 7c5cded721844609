import "server-only";
import { z } from "zod";
import { channelEnum, linkTypeEnum } from "@/db/schema";
import { isId } from "@/lib/ids";

export const CHANNELS = channelEnum.enumValues;
export const LINK_TYPES = linkTypeEnum.enumValues;

/** The "Get link" form: what to link, where it will be shared, and an optional sub-id of the creator's own. */
export const linkRequestSchema = z
  .object({
    type: z.enum(LINK_TYPES, { error: "Choose what to link" }),
    productId: z.string().trim().optional(),
    campaignId: z.string().trim().optional(),
    channel: z.enum(CHANNELS, { error: "Choose where you will share it" }),
    subId: z
      .string()
      .trim()
      .max(50, "Use at most 50 characters")
      .regex(/^[A-Za-z0-9_.-]*$/, "Use letters, digits and . _ - only")
      .default(""),
  })
  .superRefine((input, ctx) => {
    if (input.type === "product" && !input.productId) ctx.addIssue({ code: "custom", path: ["productId"], message: "Choose a product" });
    if (input.type === "campaign" && !input.campaignId) ctx.addIssue({ code: "custom", path: ["campaignId"], message: "Choose a campaign" });
  });

export type LinkRequestInput = z.infer<typeof linkRequestSchema>;

export type { Channel } from "@/db/schema";

/** Disable or renew: one of the creator's links, by id (the command checks it is theirs). */
export const linkCommandSchema = z.object({
  linkId: z
    .string()
    .trim()
    .refine((id) => isId(id, "lnk"), "The link was not found."),
});
