import "server-only";
import { getTranslations } from "next-intl/server";
import type { LinkTargetWords } from "@/components/links/link-target";

/** The reader's words for a link's target (components/links/link-target.ts). */
export async function linkTargetWords(): Promise<LinkTargetWords> {
  const t = await getTranslations("creator.linkTarget");
  return { product: t("product"), campaign: (name) => t("campaign", { name }), campaignUnnamed: t("campaignUnnamed"), showcase: t("showcase") };
}
