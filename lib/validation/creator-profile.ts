import "server-only";
import { z } from "zod";
import { handleProblem, normalizeHandle } from "@/lib/creators/handles";
import { storableText } from "./text";

/** The creator's profile form, shared by the settings action and lib/creators/profile.ts. */
export const BIO_MAX = 300;
export const MAX_CATEGORIES = 5;

/**
 * `currentHandle`: the creator's handle now. Keeping it is always allowed, even when it predates
 * today's rules (handles made from an e-mail before the rules existed may hold a hyphen).
 */
export function creatorProfileSchema(currentHandle?: string) {
  return z.object({
    displayName: storableText().trim().min(2, "Enter the name buyers see (at least 2 characters)").max(60, "Use at most 60 characters"),
    handle: storableText()
      .transform(normalizeHandle)
      .superRefine((handle, ctx) => {
        if (currentHandle !== undefined && handle === currentHandle.toLowerCase()) return;
        const problem = handleProblem(handle);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    bio: storableText().trim().max(BIO_MAX, `Use at most ${BIO_MAX} characters`).default(""),
    categories: z
      .array(storableText().trim())
      .default([])
      .transform((values) => [...new Set(values.filter((v) => v !== ""))])
      .refine((values) => values.length <= MAX_CATEGORIES, `Choose at most ${MAX_CATEGORIES} categories`),
    /** Ticked: the profile goes back to initials (a new upload in the same save wins). */
    removeAvatar: z
      .string()
      .optional()
      .transform((v) => v === "on"),
  });
}

export type CreatorProfileInput = z.infer<ReturnType<typeof creatorProfileSchema>>;
