import "server-only";
import { z } from "zod";
import { notificationKindEnum } from "@/db/schema";

export const notificationIdSchema = z.object({ notificationId: z.string().min(1).max(64) });

export const markAllReadSchema = z.object({});

/** The kinds whose e-mail is on: the ticked boxes (`emailKinds[]`); none ticked sends none. */
export const emailPreferencesSchema = z.object({
  emailKinds: z.array(z.enum(notificationKindEnum.enumValues)).max(notificationKindEnum.enumValues.length).optional().default([]),
});
