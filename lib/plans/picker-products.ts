import "server-only";
import { mediaUrl } from "@/lib/media/url";
import { formatMoney, type CurrencyCode } from "@/lib/money";
import type { Reward } from "@/lib/commissions/effective-rate";
import { formatReward } from "@/lib/plans/rewards";

/** A product as the plan and campaign reward pickers show it (components/plans/reward-picker.tsx). */
export type PickerProduct = {
  id: string;
  title: string;
  imageUrl: string | null;
  price: string;
  /** The open plan as people read it ("10%", "8% + $1.00"), or why the product cannot be added. */
  openPlan: string;
  /** Closed to creators or archived: it can stay in a plan it is already in, but not be added. */
  unavailable: string | null;
};

type ProductSource = {
  id: string;
  title: string;
  status: "active" | "archived";
  imageMediaId: string | null;
  priceMinor: number;
  currency: CurrencyCode;
  openToAffiliates: boolean;
  openRateBps: number;
  openFlatFeeMinor: number;
};

/** How the texts are written for the reader (the seller's pages pass their language's); English by default. */
export type PickerTexts = {
  money: (minor: number, currency: CurrencyCode) => string;
  reward: (reward: Reward, currency: CurrencyCode) => string;
  archived: string;
  closed: string;
};

const ENGLISH: PickerTexts = { money: formatMoney, reward: formatReward, archived: "Archived", closed: "Closed to creators" };

/** The shop's products as the reward picker shows them, each once, by title. */
export function pickerProducts(sources: ProductSource[], texts: PickerTexts = ENGLISH): PickerProduct[] {
  const byId = new Map(sources.map((p) => [p.id, p]));
  return [...byId.values()]
    .sort((a, b) => a.title.localeCompare(b.title, "en") || (a.id < b.id ? -1 : 1))
    .map((p) => ({
      id: p.id,
      title: p.title,
      imageUrl: mediaUrl(p.imageMediaId),
      price: texts.money(p.priceMinor, p.currency),
      openPlan: texts.reward({ rateBps: p.openRateBps, flatFeeMinor: p.openFlatFeeMinor }, p.currency),
      unavailable: p.status === "archived" ? texts.archived : p.openToAffiliates ? null : texts.closed,
    }));
}
