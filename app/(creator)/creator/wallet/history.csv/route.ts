import { getDb } from "@/db";
import { walletHistory } from "@/db/queries/wallet";
import { currentUser } from "@/server/session";
import { readSearchParams } from "@/lib/validation/search-params";
import { HISTORY_QUERY_KEYS, historyFilters } from "@/lib/wallet/history-filters";
import { walletHistoryCsv } from "@/lib/wallet/history-csv";

export const dynamic = "force-dynamic";

const MAX_ROWS = 50_000;

/** The creator's wallet history as CSV, with the page's filters: only their own entries. */
export async function GET(request: Request) {
  const user = await currentUser();
  if (!user) return Response.json({ error: { code: "unauthenticated", message: "Your session has ended. Sign in again." } }, { status: 401 });
  if (user.role !== "creator") return Response.json({ error: { code: "forbidden", message: "Only creators have a wallet." } }, { status: 403 });
  const { filters } = historyFilters(readSearchParams(new URL(request.url).searchParams, HISTORY_QUERY_KEYS));
  const { rows } = await walletHistory(await getDb(), user.id, filters, { limit: MAX_ROWS, offset: 0 });
  return new Response(walletHistoryCsv(rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="wallet-history.csv"', "Cache-Control": "no-store" },
  });
}
