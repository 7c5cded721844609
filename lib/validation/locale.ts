import "server-only";
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

/** The language switch's form: one of the portal's languages. */
export const localeSchema = z.object({ locale: z.enum(LOCALES, { error: "Choose a language" }) });
