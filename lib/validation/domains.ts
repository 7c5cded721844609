import "server-only";
import { z } from "zod";

/** The shop domain forms: the seller's shop profile and the admin's domain review. */

export const domainIdSchema = z.object({ domainId: z.string().min(1).max(64) });

export const addShopDomainSchema = z.object({ domain: z.string().max(300, "That is not a web domain") });

export const revokeDomainSchema = domainIdSchema.extend({ reason: z.string().trim().min(3, "Give a reason (the seller sees it)").max(500, "Use at most 500 characters") });
