import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "./alert";

const TONE: Record<string, BadgeTone> = {
  pending: "amber",
  locked: "blue",
  available: "green",
  paid: "violet",
  reversed: "red",
  placed: "gray",
  shipped: "blue",
  delivered: "blue",
  completed: "green",
  cancelled: "red",
  refunded: "red",
  verified: "green",
  revoked: "red",
  requested: "amber",
  processing: "blue",
  failed: "red",
  rejected: "red",
};

/** One colour per lifecycle state (orders, commissions, domains and withdrawals), the same on every page. */
export function StateBadge({ state }: { state: string }) {
  const t = useTranslations("common.states");
  return <Badge tone={TONE[state] ?? "gray"}>{t.has(state as never) ? t(state as never) : state}</Badge>;
}
