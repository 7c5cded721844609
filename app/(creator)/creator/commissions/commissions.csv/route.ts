import { getTimeZone, getTranslations } from "next-intl/server";
import { csvAnswer } from "@/server/answers";
import { sessionRoute } from "@/server/session-route";
import { listCreatorCommissions } from "@/lib/commissions/availability";
import { COMMISSION_CSV_COLUMNS, commissionsCsv, type CommissionCsvColumn } from "@/lib/commissions/commissions-csv";
import { publicOrigin } from "@/lib/sharing/short-link";
import { COMMISSION_LIST_KEYS, commissionListFilters } from "@/lib/validation/creator-commissions";
import { readSearchParams } from "@/lib/validation/search-params";

export const dynamic = "force-dynamic";

const MAX_ROWS = 50_000;

/** The creator's commissions as CSV, with the list's filters: only their own, the words in their language. */
export const GET = sessionRoute({ role: "creator", refusals: { forbidden: "Only creators have commissions." } }, async ({ request, actor }) => {
  const { filters } = commissionListFilters(readSearchParams(new URL(request.url).searchParams, COMMISSION_LIST_KEYS), await getTimeZone());
  const [{ rows }, columns, states, channels] = await Promise.all([
    listCreatorCommissions(actor.db, actor.user.id, { ...filters, page: 1, pageSize: MAX_ROWS }),
    getTranslations("creator.commissions.csv"),
    getTranslations("creator.commissions.filter"),
    getTranslations("creator.channels"),
  ]);
  const texts = {
    columns: Object.fromEntries(COMMISSION_CSV_COLUMNS.map((c) => [c, columns(c)])) as Record<CommissionCsvColumn, string>,
    state: states,
    channel: channels,
  };
  return csvAnswer(commissionsCsv(rows, texts, publicOrigin(request.headers)), "commissions.csv");
});
