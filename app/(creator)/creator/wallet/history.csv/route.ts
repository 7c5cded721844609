import { walletHistory } from "@/db/queries/wallet";
import { csvAnswer } from "@/server/answers";
import { sessionRoute } from "@/server/session-route";
import { readSearchParams } from "@/lib/validation/search-params";
import { HISTORY_QUERY_KEYS, historyFilters } from "@/lib/wallet/history-filters";
import { walletHistoryCsv } from "@/lib/wallet/history-csv";

export const dynamic = "force-dynamic";

const MAX_ROWS = 50_000;

/** The creator's wallet history as CSV, with the page's filters: only their own entries. */
export const GET = sessionRoute({ role: "creator", refusals: { forbidden: "Only creators have a wallet." } }, async ({ request, actor }) => {
  const { filters } = historyFilters(readSearchParams(new URL(request.url).searchParams, HISTORY_QUERY_KEYS));
  const { rows } = await walletHistory(actor.db, actor.user.id, filters, { limit: MAX_ROWS, offset: 0 });
  return csvAnswer(walletHistoryCsv(rows), "wallet-history.csv");
});
