import "server-only";
import { z } from "zod";

/** Add a product to the showcase. */
export const showcaseAddSchema = z.object({ productId: z.string().trim().min(1, "Choose a product") });

/** Move an item up or down, or take it out. */
export const showcaseEditSchema = z.object({
  itemId: z.string().trim().min(1),
  op: z.enum(["up", "down", "remove"], { error: "Choose what to do with the item" }),
});
