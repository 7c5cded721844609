import { useTranslations } from "next-intl";
import { ChangeHint } from "@/components/reports/period-picker";
import { useReaderFormat } from "@/components/ui/formatted";
import { StateBadge } from "@/components/ui/state-badge";
import { Table, Td } from "@/components/ui/table";
import type { CreatorDashboard } from "@/lib/reports/creator-dashboard";

/** The period's commissions by state and currency (never summed across currencies), with the change against the period before. */
export function CommissionStates({ rows, days }: { rows: CreatorDashboard["commissionsByState"]; days: number }) {
  const t = useTranslations("creator.dashboard");
  const format = useReaderFormat();
  return (
    <Table caption={t("commissions")} head={[t("state"), t("currency"), t("amount"), t("change")]}>
      {rows.map((row) => (
        <tr key={`${row.state}-${row.currency}`}>
          <Td>
            <StateBadge state={row.state} />
          </Td>
          <Td label={t("currency")}>{row.currency}</Td>
          <Td label={t("amount")} className="tabular-nums">
            {format.money(row.amountMinor, row.currency)}
          </Td>
          <Td label={t("change")} className="text-xs">
            <ChangeHint change={row.change} days={days} />
          </Td>
        </tr>
      ))}
    </Table>
  );
}
