import { Badge } from "@/components/ui/alert";
import type { CampaignState } from "@/lib/plans/campaign-state";

const TONE = { scheduled: "blue", live: "green", ended: "red" } as const satisfies Record<CampaignState, string>;

export function CampaignStateBadge({ state }: { state: CampaignState }) {
  return <Badge tone={TONE[state]}>{state}</Badge>;
}
