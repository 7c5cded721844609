import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";

/** "Older messages" while there are some before the shown ones; "Back to the newest" when paged back. */
export function OlderNewer({ base, olderThan, paged }: { base: string; olderThan?: string; paged: boolean }) {
  const t = useTranslations("common.messages");
  if (!olderThan && !paged) return null;
  return (
    <div className="flex flex-wrap justify-center gap-2">
      {olderThan ? (
        <ButtonLink href={`${base}?before=${olderThan}`} variant="secondary" size="sm">
          {t("older")}
        </ButtonLink>
      ) : null}
      {paged ? (
        <ButtonLink href={base} variant="secondary" size="sm">
          {t("newest")}
        </ButtonLink>
      ) : null}
    </div>
  );
}
