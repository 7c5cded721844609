import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/alert";
import type { TargetedPlanState } from "@/lib/commissions/effective-rate";

const PLAN_TONE: Record<TargetedPlanState, BadgeTone> = { draft: "gray", scheduled: "blue", live: "green", ended: "red", expired: "amber" };

/** A targeted plan's state at the page's time (targetedPlanState), the same colours everywhere. */
export function PlanStateBadge({ state }: { state: TargetedPlanState }) {
  const t = useTranslations("seller.plans.states");
  return <Badge tone={PLAN_TONE[state]}>{t(state)}</Badge>;
}

const INVITATION_TONE = { pending: "amber", accepted: "green", declined: "red", withdrawn: "gray" } as const satisfies Record<string, BadgeTone>;

export function InvitationBadge({ status }: { status: keyof typeof INVITATION_TONE }) {
  const t = useTranslations("seller.plans.invitationStates");
  return <Badge tone={INVITATION_TONE[status]}>{t(status)}</Badge>;
}
