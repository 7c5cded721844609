import { getTimeZone, getTranslations } from "next-intl/server";
import { walletHistory } from "@/db/queries/wallet";
import { csvAnswer } from "@/server/answers";
import { storedTextTranslator } from "@/server/i18n";
import { sessionRoute } from "@/server/session-route";
import { readSearchParams } from "@/lib/validation/search-params";
import { HISTORY_QUERY_KEYS, historyFilters } from "@/lib/wallet/history-filters";
import { WALLET_HISTORY_COLUMNS, walletHistoryCsv, type WalletHistoryColumn } from "@/lib/wallet/history-csv";

export const dynamic = "force-dynamic";

const MAX_ROWS = 50_000;

/** The creator's wallet history as CSV, with the page's filters: only their own entries, the words in their language. */
export const GET = sessionRoute({ role: "creator", refusals: { forbidden: "Only creators have a wallet." } }, async ({ request, actor }) => {
  const { filters } = historyFilters(readSearchParams(new URL(request.url).searchParams, HISTORY_QUERY_KEYS), await getTimeZone());
  const [{ rows }, columns, kinds, description] = await Promise.all([
    walletHistory(actor.db, actor.user.id, filters, { limit: MAX_ROWS, offset: 0 }),
    getTranslations("creator.walletCsv.columns"),
    getTranslations("creator.wallet.kinds"),
    storedTextTranslator(),
  ]);
  const texts = { columns: Object.fromEntries(WALLET_HISTORY_COLUMNS.map((c) => [c, columns(c)])) as Record<WalletHistoryColumn, string>, kind: kinds, description };
  return csvAnswer(walletHistoryCsv(rows, texts), "wallet-history.csv");
});
