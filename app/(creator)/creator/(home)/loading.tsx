import { getTranslations } from "next-intl/server";

/** While the period's figures are counted: the dashboard's shape, grey. */
export default async function CreatorHomeLoading() {
  const t = await getTranslations("creator.dashboard");
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-6">
      <span className="sr-only">{t("loading")}</span>
      <div aria-hidden="true" className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      <div aria-hidden="true" className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="h-24 animate-pulse rounded-lg bg-slate-100" />
        ))}
      </div>
      <div aria-hidden="true" className="h-64 animate-pulse rounded-lg bg-slate-100" />
    </div>
  );
}
