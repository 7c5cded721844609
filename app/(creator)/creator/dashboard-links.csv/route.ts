import { getTimeZone, getTranslations } from "next-intl/server";
import { csvAnswer } from "@/server/answers";
import { sessionRoute } from "@/server/session-route";
import { creatorDashboard } from "@/lib/reports/creator-dashboard";
import { LINK_CSV_COLUMNS, linkBreakdownCsv, type LinkCsvColumn } from "@/lib/reports/dashboard-csv";
import { readReportPeriod } from "@/lib/reports/period";
import { publicOrigin } from "@/lib/sharing/short-link";
import { readSearchParams } from "@/lib/validation/search-params";

export const dynamic = "force-dynamic";

/** The dashboard's figures per link for the period of ?period=&from=&to=, as CSV: only the creator's own links. */
export const GET = sessionRoute({ role: "creator", refusals: { forbidden: "Only creators have links." } }, async ({ request, actor }) => {
  const period = readReportPeriod(readSearchParams(new URL(request.url).searchParams, ["period", "from", "to"]), actor.at, await getTimeZone());
  const [dashboard, t, channels, target] = await Promise.all([
    creatorDashboard(actor.db, { creatorId: actor.user.id, period }),
    getTranslations("creator.dashboard.csvColumns"),
    getTranslations("creator.channels"),
    getTranslations("creator.linkTarget"),
  ]);
  const texts = {
    columns: Object.fromEntries(LINK_CSV_COLUMNS.map((c) => [c, t(c)])) as Record<LinkCsvColumn, string>,
    earned: (currency: string) => t("earned", { currency }),
    channel: channels,
    target: (link: { type: string; productTitle: string | null }) => link.productTitle ?? (link.type === "showcase" ? target("showcase") : target("campaignUnnamed")),
  };
  return csvAnswer(linkBreakdownCsv(dashboard.breakdowns.link, texts, publicOrigin(request.headers)), `links-${period.firstDay}-${period.lastDay}.csv`);
});
