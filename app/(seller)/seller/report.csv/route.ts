import { getTimeZone, getTranslations } from "next-intl/server";
import { sellerOverview } from "@/db/queries/dashboard";
import { csvAnswer } from "@/server/answers";
import { sessionRoute } from "@/server/session-route";
import { readReportPeriod } from "@/lib/reports/period";
import { SELLER_DIMENSIONS, sellerReport } from "@/lib/reports/seller-report";
import { SELLER_REPORT_CSV_COLUMNS, sellerReportCsv, type SellerReportCsvColumn } from "@/lib/reports/seller-report-csv";
import { oneOf, readSearchParams } from "@/lib/validation/search-params";
import { sellerReportLabeller } from "../report-labels";

export const dynamic = "force-dynamic";

/** One breakdown of the seller's performance report as CSV (?by=product|creator|channel|type and the page's period): every row, not just the top ten. */
export const GET = sessionRoute({ role: "seller", refusals: { forbidden: "Only sellers have a performance report." } }, async ({ request, actor }) => {
  const query = readSearchParams(new URL(request.url).searchParams, ["period", "from", "to", "by"]);
  const { shop } = await sellerOverview(actor.db, actor.user.id);
  const by = oneOf(query.by, SELLER_DIMENSIONS) ?? "product";
  const filename = `performance-${by}.csv`;
  if (!shop) return csvAnswer("", filename);
  const period = readReportPeriod(query, actor.at, await getTimeZone());
  const [report, t] = await Promise.all([sellerReport(actor.db, shop.id, period), getTranslations("seller.home.csvColumns")]);
  const { label } = await sellerReportLabeller(actor.db, report);
  const headers = Object.fromEntries(SELLER_REPORT_CSV_COLUMNS.map((c) => [c, t(c)])) as Record<SellerReportCsvColumn, string>;
  return csvAnswer(sellerReportCsv(report.breakdowns[by], (row) => label(by, row.key), shop.currency, headers), `performance-${period.firstDay}-${period.lastDay}-${by}.csv`);
});
