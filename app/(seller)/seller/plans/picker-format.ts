import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { rewardText } from "@/components/plans/reward-text";
import type { PickerTexts } from "@/lib/plans/picker-products";
import { formatMoney } from "@/lib/money";

/** How the plan and campaign reward pickers show prices, open plans and unavailable products to this reader. */
export async function pickerFormat(): Promise<PickerTexts> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("seller.plans.picker")]);
  return {
    money: (minor, currency) => formatMoney(minor, currency, locale),
    reward: (reward, currency) => rewardText(reward, currency, locale),
    archived: t("archived"),
    closed: t("closed"),
  };
}
