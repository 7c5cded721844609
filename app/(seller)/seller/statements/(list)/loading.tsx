import { getTranslations } from "next-intl/server";

/** While the months are summed: the list's shape, grey. Only the list's (a route group), so a month that does not exist answers a real 404 rather than a streamed page. */
export default async function StatementsLoading() {
  const t = await getTranslations("seller.statements");
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-6">
      <span className="sr-only">{t("loading")}</span>
      <div aria-hidden="true" className="h-8 w-64 animate-pulse rounded bg-slate-200" />
      <div aria-hidden="true" className="h-72 animate-pulse rounded-lg bg-slate-100" />
    </div>
  );
}
