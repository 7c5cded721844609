import "server-only";

export type CampaignState = "scheduled" | "live" | "ended";

/** A campaign is live from its start (included) to its end (excluded); its page and rates follow. */
export function campaignState(campaign: { startsAt: Date; endsAt: Date }, at: Date): CampaignState {
  if (at.getTime() < campaign.startsAt.getTime()) return "scheduled";
  return at.getTime() < campaign.endsAt.getTime() ? "live" : "ended";
}
