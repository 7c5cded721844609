import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/alert";
import type { CampaignState } from "@/lib/plans/campaign-state";

const TONE = { scheduled: "blue", live: "green", ended: "red" } as const satisfies Record<CampaignState, string>;

export function CampaignStateBadge({ state }: { state: CampaignState }) {
  const t = useTranslations("seller.plans.states");
  return <Badge tone={TONE[state]}>{t(state)}</Badge>;
}
