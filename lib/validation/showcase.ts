import "server-only";
import { z } from "zod";

/** Add a product to the showcase. */
export const showcaseAddSchema = z.object({ productId: z.string().trim().min(1, "Choose a product") });

/** Move an item up or down, pin or unpin it, take it out, or bring back one just taken out. */
export const showcaseEditSchema = z.object({
  itemId: z.string().trim().min(1),
  op: z.enum(["up", "down", "pin", "unpin", "remove", "restore"], { error: "Choose what to do with the item" }),
});

/** The whole showcase in its new order: every current item's id once, as "itemIds[]" fields. */
export const showcaseReorderSchema = z.object({
  itemIds: z.array(z.string().trim().min(1)).max(500).default([]),
});
