import Link from "next/link";
import { useTranslations } from "next-intl";
import { useReaderFormat } from "./formatted";

/** Previous/next links that keep the current filters in the query string. */
export function Pagination({ page, pageSize, total, query }: { page: number; pageSize: number; total: number; query: Record<string, string | undefined> }) {
  const t = useTranslations("common.pagination");
  const format = useReaderFormat();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
    params.set("page", String(p));
    return `?${params.toString()}`;
  };
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  const link = "inline-flex items-center rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50 max-sm:min-h-11";
  return (
    <nav className="flex items-center justify-between gap-3 py-3" aria-label={t("label")}>
      <p className="text-sm text-slate-600">
        {t("range", { first: format.number(first), last: format.number(last), total: format.number(total) })}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={link} href={href(page - 1)} rel="prev">
            {t("previous")}
          </Link>
        ) : null}
        {page < pages ? (
          <Link className={link} href={href(page + 1)} rel="next">
            {t("next")}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
