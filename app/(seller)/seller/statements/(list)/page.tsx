import Link from "next/link";
import { getTimeZone, getTranslations } from "next-intl/server";
import { hasShopStatementsBefore, shopStatementMonths } from "@/db/queries/seller-statements";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { getReaderFormat } from "@/server/i18n";
import { STATEMENT_MONTHS_PER_PAGE, monthOf, monthSpan, readStatementMonth, shiftMonth } from "@/lib/statements/months";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export async function generateMetadata() {
  return { title: (await getTranslations("seller.statements"))("title") };
}

const pageLink = "inline-flex items-center rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50 max-sm:min-h-11";

/** The shop's monthly commission statements, twelve months at a time (?upTo=YYYY-MM, the last month shown; default the current one). */
export default async function StatementsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, shop, at } = await pageActor("seller");
  const timeZone = await getTimeZone();
  const query = readSearchParams(await searchParams, ["upTo"]);
  const current = monthOf(at, timeZone);
  const last = readStatementMonth(query.upTo, at, timeZone)?.month ?? current;
  const first = shiftMonth(last, -(STATEMENT_MONTHS_PER_PAGE - 1));
  const span = monthSpan(first, last, timeZone);
  const [months, older, t, format] = await Promise.all([
    shopStatementMonths(db, { shopId: shop.id, timeZone, ...span }),
    hasShopStatementsBefore(db, { shopId: shop.id, before: span.from }),
    getTranslations("seller.statements"),
    getReaderFormat(),
  ]);
  const newer = last < current ? shiftMonth(last, STATEMENT_MONTHS_PER_PAGE) : null;
  const newerHref = newer && newer < current ? `?upTo=${newer}` : "/seller/statements";
  const nothingYet = months.length === 0 && !older && last === current;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {nothingYet ? (
        <EmptyState title={t("none")}>{t("noneBody")}</EmptyState>
      ) : (
        <>
          {months.length === 0 ? (
            <EmptyState title={t("noneInSpan")} />
          ) : (
            <Table head={[t("month"), t("available"), t("clawbacks"), t("totalCharged")]} caption={t("caption")}>
              {months.map((m) => {
                const { from } = monthSpan(m.month, m.month, timeZone);
                return (
                  <tr key={`${m.month}-${m.currency}`}>
                    <Td>
                      <Link href={`/seller/statements/${m.month}`} className="font-medium text-brand-700 hover:underline max-sm:inline-flex max-sm:min-h-11 max-sm:items-center">
                        {format.month(from)}
                      </Link>
                    </Td>
                    <Td label={t("available")} className="tabular-nums">
                      {format.money(m.availableMinor, m.currency)}
                    </Td>
                    <Td label={t("clawbacks")} className="tabular-nums">
                      {format.money(m.clawbacksMinor, m.currency)}
                    </Td>
                    <Td label={t("totalCharged")} className="font-semibold tabular-nums">
                      {format.money(m.totalMinor, m.currency)}
                    </Td>
                  </tr>
                );
              })}
            </Table>
          )}
          <nav className="flex items-center justify-between gap-3 py-3" aria-label={t("pages")}>
            <p className="text-sm text-slate-600">{t("span", { first: format.month(span.from), last: format.month(monthSpan(last, last, timeZone).from) })}</p>
            <div className="flex gap-2">
              {newer ? (
                <Link className={pageLink} href={newerHref} rel="prev">
                  {t("newer")}
                </Link>
              ) : null}
              {older ? (
                <Link className={pageLink} href={`?upTo=${shiftMonth(first, -1)}`} rel="next">
                  {t("older")}
                </Link>
              ) : null}
            </div>
          </nav>
        </>
      )}
    </>
  );
}
