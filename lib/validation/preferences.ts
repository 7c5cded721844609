import "server-only";
import { z } from "zod";
import { LOCALES, isTimeZone } from "@/lib/i18n/locales";
import { canonicalTimeZone } from "@/lib/i18n/time-zones";

/**
 * The preferences form: a language or "" (the browser's), a time zone or "" (the browser's). The
 * empty choice is stored as null, which i18n/request.ts reads as "follow the browser".
 */
export const preferencesSchema = z.object({
  locale: z.union([z.enum(LOCALES), z.literal("")], { error: "Choose a language" }).transform((v) => v || null),
  timeZone: z
    .string()
    .trim()
    .refine((v) => v === "" || isTimeZone(v), { error: "Choose a time zone from the list" })
    .transform((v) => (v ? canonicalTimeZone(v) : null)),
});
