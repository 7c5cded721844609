import "server-only";
import { getTranslations } from "next-intl/server";
import type { Reward } from "@/lib/commissions/effective-rate";
import type { ReaderFormat } from "@/lib/i18n/format";
import type { CurrencyCode } from "@/lib/money";

/** "12%", "12% + $2.00" or "$5.00" in the reader's conventions: what a plan pays per converting order line. */
export function rewardText(reward: Reward, currency: CurrencyCode, format: ReaderFormat): string {
  const parts = [reward.rateBps ? format.percent(reward.rateBps) : null, reward.flatFeeMinor ? format.money(reward.flatFeeMinor, currency) : null].filter(Boolean);
  return parts.length ? parts.join(" + ") : "—";
}

type CreatorRate = { planKind: "open" | "targeted"; planName: string | null; reward: Reward };

/**
 * The rate a creator is shown on a product they can link, in their language: "Open rate 12%", or
 * their better rate with the plan that pays it, "19% · Targeted plan "Brightside Insiders"".
 */
export async function creatorRateLabeller(format: ReaderFormat): Promise<(rate: CreatorRate, currency: CurrencyCode) => string> {
  const t = await getTranslations("creator.rates");
  return (rate, currency) => {
    const reward = rewardText(rate.reward, currency, format);
    return rate.planKind === "targeted" ? t("targeted", { reward, plan: rate.planName ?? "" }) : t("open", { reward });
  };
}
