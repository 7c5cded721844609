import Link from "next/link";
import { notFound } from "next/navigation";
import { getTimeZone, getTranslations } from "next-intl/server";
import { shopStatementLines, shopStatementMonths } from "@/db/queries/seller-statements";
import { orderReference } from "@/components/orders/order-reference";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { readStatementMonth } from "@/lib/statements/months";

export async function generateMetadata() {
  return { title: (await getTranslations("seller.statements"))("monthTitle") };
}

/** A month's lines on screen; a busier month is read in full in its CSV. */
const SHOWN_LINES = 500;

/** One month's statement (YYYY-MM in the reader's zone): every ledger entry of the shop's commissions, then the month's totals. */
export default async function StatementMonthPage({ params }: { params: Promise<{ month: string }> }) {
  const { db, shop, at } = await pageActor("seller");
  const timeZone = await getTimeZone();
  // Not a month, or one still to come: no such statement.
  const month = readStatementMonth((await params).month, at, timeZone);
  if (!month) notFound();
  const [totals, lines, t, kinds, format] = await Promise.all([
    shopStatementMonths(db, { shopId: shop.id, timeZone, from: month.from, before: month.before }),
    shopStatementLines(db, { shopId: shop.id, from: month.from, before: month.before, limit: SHOWN_LINES }),
    getTranslations("seller.statements"),
    getTranslations("seller.statements.kinds"),
    getReaderFormat(),
  ]);
  const entries = totals.reduce((sum, m) => sum + m.entries, 0);
  return (
    <>
      <PageHeader
        title={t("monthHeading", { month: format.month(month.from) })}
        description={t("monthDescription")}
        actions={
          <ButtonLink href="/seller/statements" variant="secondary">
            {t("allMonths")}
          </ButtonLink>
        }
      />
      {lines.length === 0 ? (
        <EmptyState title={t("noLines")} />
      ) : (
        <div className="flex flex-col gap-6">
          <div>
            <a href={`/seller/statements/${month.month}/statement.csv`} download className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 hover:underline sm:min-h-0">
              {t("downloadCsv")}
            </a>
          </div>
          {entries > lines.length ? <p className="text-sm text-slate-600">{t("moreInCsv", { shown: format.number(lines.length), total: format.number(entries) })}</p> : null}
          <Table head={[t("date"), t("creator"), t("order"), t("product"), t("kind"), t("amount")]} caption={t("linesCaption")}>
            {lines.map((l) => (
              <tr key={l.id}>
                <Td>
                  <time dateTime={l.at.toISOString()}>{format.moment(l.at)}</time>
                </Td>
                <Td label={t("creator")}>{l.creatorHandle ? `@${l.creatorHandle}` : "—"}</Td>
                <Td label={t("order")}>
                  <Link href={`/seller/orders/${l.orderId}`} className="text-brand-700 hover:underline">
                    {orderReference({ id: l.orderId, externalId: l.orderExternalId })}
                  </Link>
                </Td>
                <Td label={t("product")} className="sm:max-w-64 sm:truncate">
                  {l.productTitle}
                </Td>
                <Td label={t("kind")}>{kinds(l.kind)}</Td>
                <Td label={t("amount")} className={`tabular-nums ${l.amountMinor < 0 ? "text-red-700" : ""}`}>
                  {format.money(l.amountMinor, l.currency)}
                </Td>
              </tr>
            ))}
          </Table>
          {totals.map((m) => (
            <Card key={m.currency} className="sm:ml-auto sm:w-96">
              <h2 className="mb-2 font-semibold text-slate-900">{t("totals")}</h2>
              <dl className="text-sm">
                <div className="flex justify-between gap-4 py-1 text-slate-700">
                  <dt>{t("available")}</dt>
                  <dd className="tabular-nums">{format.money(m.availableMinor, m.currency)}</dd>
                </div>
                <div className="flex justify-between gap-4 py-1 text-slate-700">
                  <dt>{t("clawbacks")}</dt>
                  <dd className="tabular-nums">{format.money(m.clawbacksMinor, m.currency)}</dd>
                </div>
                <div className="flex justify-between gap-4 border-t border-slate-200 py-1 pt-2 font-semibold text-slate-900">
                  <dt>{t("totalCharged")}</dt>
                  <dd className="tabular-nums" data-testid={`statement-total-${m.currency}`}>
                    {format.money(m.totalMinor, m.currency)}
                  </dd>
                </div>
              </dl>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
