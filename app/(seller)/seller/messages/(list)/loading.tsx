import { getTranslations } from "next-intl/server";

/** While the conversations are read: the list's shape, grey. */
export default async function MessagesLoading() {
  const t = await getTranslations("common.messages");
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-4">
      <span className="sr-only">{t("loading")}</span>
      <div aria-hidden="true" className="h-8 w-40 animate-pulse rounded bg-slate-200" />
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} aria-hidden="true" className="h-16 animate-pulse rounded-lg bg-slate-100" />
      ))}
    </div>
  );
}
