import { Alert } from "@/components/ui/alert";

/** Why a link-share creator has no showcase yet, and what unlocks it. */
export function ShowcaseLocked({ followers, threshold }: { followers: number; threshold: number }) {
  const toGo = Math.max(threshold - followers, 0);
  return (
    <Alert tone="info">
      <p className="font-medium">Showcases unlock at {threshold.toLocaleString("en")} verified followers.</p>
      <p className="mt-1">
        A showcase is your own page of favourite products, shared with one link that earns on every product in it. It is for affiliate creators:
        you have {followers.toLocaleString("en")} verified followers, {toGo.toLocaleString("en")} to go. When you reach {threshold.toLocaleString("en")}, you become an
        affiliate creator automatically. Until then, product and campaign links earn just the same.
      </p>
    </Alert>
  );
}
