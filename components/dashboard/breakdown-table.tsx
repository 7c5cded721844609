import { useTranslations } from "next-intl";
import { useReaderFormat } from "@/components/ui/formatted";
import { Table, Td } from "@/components/ui/table";
import type { BreakdownDimension, BreakdownRow } from "@/lib/reports/creator-dashboard";
import { mediaUrl } from "@/lib/media/url";

/** How many rows a breakdown shows; the rest are in the totals (and, for links, in the CSV). */
export const BREAKDOWN_ROWS_SHOWN = 10;

/** One breakdown of the period's figures: its top rows by orders, then clicks. */
export function BreakdownTable({ dimension, rows }: { dimension: BreakdownDimension; rows: readonly BreakdownRow[] }) {
  const t = useTranslations("creator.dashboard");
  const format = useReaderFormat();
  const shown = rows.slice(0, BREAKDOWN_ROWS_SHOWN);
  return (
    <>
      <Table caption={t(`by.${dimension}`)} head={[t(`column.${dimension}`), t("clicks"), t("uniqueClicks"), t("orders"), t("items"), t("earnings")]}>
        {shown.map((row) => (
          <tr key={row.key}>
            <Td className="sm:whitespace-normal">
              <RowName dimension={dimension} row={row} />
            </Td>
            <Td label={t("clicks")} className="tabular-nums sm:text-right">
              {format.number(row.clicks)}
            </Td>
            <Td label={t("uniqueClicks")} className="tabular-nums sm:text-right">
              {format.number(row.uniqueClicks)}
            </Td>
            <Td label={t("orders")} className="tabular-nums sm:text-right">
              {format.number(row.orders)}
            </Td>
            <Td label={t("items")} className="tabular-nums sm:text-right">
              {format.number(row.items)}
            </Td>
            <Td label={t("earnings")} className="tabular-nums sm:text-right">
              {row.earned.length === 0 ? "—" : <span className="inline-flex flex-col">{row.earned.map((e) => <span key={e.currency}>{format.money(e.amountMinor, e.currency)}</span>)}</span>}
            </Td>
          </tr>
        ))}
      </Table>
      {rows.length > shown.length ? <p className="mt-2 text-xs text-slate-500">{t("topOf", { shown: format.number(shown.length), count: format.number(rows.length) })}</p> : null}
    </>
  );
}

function RowName({ dimension, row }: { dimension: BreakdownDimension; row: BreakdownRow }) {
  const t = useTranslations("creator.dashboard");
  const channel = useTranslations("creator.channels");
  const target = useTranslations("creator.linkTarget");
  if (dimension === "link" && row.link) {
    const l = row.link;
    const what = l.productTitle ?? (l.type === "showcase" ? target("showcase") : target("campaignUnnamed"));
    return (
      <span className="flex min-w-0 flex-col">
        <span className="font-mono text-xs text-slate-600">/l/{l.code}</span>
        <span className="break-words">{what}</span>
        <span className="text-xs text-slate-500">
          {channel(l.channel)}
          {l.subId ? ` · ${l.subId}` : ""}
        </span>
      </span>
    );
  }
  if (dimension === "channel") return <>{channel(row.key as Parameters<typeof channel>[0])}</>;
  if (dimension === "product") {
    if (row.title === null) return <span className="text-slate-600">{t("noProduct")}</span>;
    const image = mediaUrl(row.imageMediaId);
    return (
      <span className="flex min-w-0 items-center gap-2">
        {image ? (
          // eslint-disable-next-line @next/next/no-img-element -- app-served media, square
          <img src={image} alt="" className="size-8 shrink-0 rounded object-cover" loading="lazy" />
        ) : (
          <span className="size-8 shrink-0 rounded bg-slate-100" />
        )}
        <span className="break-words">{row.title}</span>
      </span>
    );
  }
  if (dimension === "subId") return row.title === null ? <span className="text-slate-600">{t("noSubId")}</span> : <span className="break-all">{row.title}</span>;
  return row.title === null ? <span className="text-slate-600">{t("noShop")}</span> : <span className="break-words">{row.title}</span>;
}
