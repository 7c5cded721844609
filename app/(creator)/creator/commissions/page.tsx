import type { Metadata } from "next";
import Link from "next/link";
import { creatorCommissionTotals } from "@/db/queries/creator-commissions";
import { COMMISSION_FILTER_STATES, CommissionStateFilter } from "@/components/commissions/commission-state-filter";
import { ExpectedAvailabilityText } from "@/components/commissions/expected-availability";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { StateBadge } from "@/components/ui/state-badge";
import { Table, Td } from "@/components/ui/table";
import { pageActor } from "@/server/context";
import { listCreatorCommissions } from "@/lib/commissions/availability";
import { formatMoney } from "@/lib/money";
import { formatUtcDateTime } from "@/lib/plans/dates";
import { oneOf, pageNumber, readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Commissions" };

const STAT_LABELS = { pending: "Pending", locked: "Locked", available: "Available" } as const;
const STAT_HINTS = {
  pending: "Until the order completes",
  locked: "Order completed; in the holding period",
  available: "Released to your wallet",
} as const;

export default async function CommissionsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { db, user } = await pageActor("creator");
  const query = readSearchParams(await searchParams, ["state", "page"]);
  const state = oneOf(query.state, COMMISSION_FILTER_STATES);
  const [{ rows, total, page, pageSize }, totals] = await Promise.all([
    listCreatorCommissions(db, user.id, { state, page: pageNumber(query.page) }),
    creatorCommissionTotals(db, user.id),
  ]);
  return (
    <>
      <PageHeader
        title="Commissions"
        description="What every order through your links earned, and when the money is expected in your wallet. Times are in UTC."
      />
      <section aria-label="Totals" className="mb-6 grid grid-cols-1 gap-4 sm:grid-cols-3">
        {totals.map(({ state: s, totals: amounts }) => (
          <Stat
            key={s}
            label={STAT_LABELS[s as keyof typeof STAT_LABELS]}
            value={
              amounts.length === 0 ? (
                "—"
              ) : (
                <span className="flex flex-col">
                  {amounts.map((a) => (
                    <span key={a.currency}>{formatMoney(a.amountMinor, a.currency)}</span>
                  ))}
                </span>
              )
            }
            hint={STAT_HINTS[s as keyof typeof STAT_HINTS]}
          />
        ))}
      </section>
      <CommissionStateFilter current={state} />
      {total === 0 ? (
        state ? (
          <EmptyState title={`No ${state} commissions`} action={<ButtonLink href="/creator/commissions" variant="secondary">Show all</ButtonLink>} />
        ) : (
          <EmptyState title="No commissions yet" action={<ButtonLink href="/creator/products">Find a product to link</ButtonLink>}>
            Share a link: when a buyer orders through it, the commission shows up here as pending.
          </EmptyState>
        )
      ) : (
        <>
          <Table head={["Order date", "Product", "Amount", "State", "In your wallet", <span key="h" className="sr-only">History</span>]}>
            {rows.map((c) => (
              <tr key={c.id} className="hover:bg-slate-50">
                <Td>
                  <time dateTime={c.orderPlacedAt.toISOString()}>{formatUtcDateTime(c.orderPlacedAt)}</time>
                </Td>
                <Td>
                  <span className="block max-w-64 truncate font-medium text-slate-900">{c.productTitle}</span>
                  <span className="block text-xs text-slate-500">{c.shopName}</span>
                </Td>
                <Td className="tabular-nums">{formatMoney(c.amountMinor, c.currency)}</Td>
                <Td>
                  <StateBadge state={c.state} />
                </Td>
                <Td>
                  <ExpectedAvailabilityText expected={c.expected} />
                </Td>
                <Td>
                  <Link href={`/creator/commissions/${c.id}`} className="font-medium text-brand-700 hover:underline" aria-label={`History of the commission on ${c.productTitle}, ${formatUtcDateTime(c.orderPlacedAt)}`}>
                    History
                  </Link>
                </Td>
              </tr>
            ))}
          </Table>
          <Pagination page={page} pageSize={pageSize} total={total} query={{ state }} />
        </>
      )}
    </>
  );
}
