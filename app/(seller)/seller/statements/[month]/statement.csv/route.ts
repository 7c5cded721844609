import { getTimeZone, getTranslations } from "next-intl/server";
import { shopStatementLines, shopStatementMonths } from "@/db/queries/seller-statements";
import { csvAnswer } from "@/server/answers";
import { sessionRoute } from "@/server/session-route";
import { NotFoundError } from "@/lib/errors";
import { readStatementMonth } from "@/lib/statements/months";
import { STATEMENT_CSV_COLUMNS, statementCsv, type StatementCsvColumn } from "@/lib/statements/statement-csv";

export const dynamic = "force-dynamic";

const MAX_LINES = 50_000;

/** A month's commission statement as CSV (the month in the reader's zone): the page's lines and the total charged. */
export const GET = sessionRoute<"seller", { month: string }>({ role: "seller", refusals: { forbidden: "Only sellers have commission statements." } }, async ({ actor, params }) => {
  const timeZone = await getTimeZone();
  const month = readStatementMonth(params.month, actor.at, timeZone);
  if (!month) throw new NotFoundError("The statement");
  const [totals, lines, t, kinds] = await Promise.all([
    shopStatementMonths(actor.db, { shopId: actor.shop.id, timeZone, from: month.from, before: month.before }),
    shopStatementLines(actor.db, { shopId: actor.shop.id, from: month.from, before: month.before, limit: MAX_LINES }),
    getTranslations("seller.statements"),
    getTranslations("seller.statements.kinds"),
  ]);
  const columns = Object.fromEntries(STATEMENT_CSV_COLUMNS.map((c) => [c, t(`csvColumns.${c}`)])) as Record<StatementCsvColumn, string>;
  return csvAnswer(statementCsv(lines, totals, { columns, kind: (k) => kinds(k), total: t("csvTotal") }), `statement-${month.month}.csv`);
});
