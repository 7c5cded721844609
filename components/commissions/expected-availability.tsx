import { useTranslations } from "next-intl";
import { DateTime, useReaderFormat } from "@/components/ui/formatted";
import type { ExpectedAvailability } from "@/lib/commissions/availability";

/** When the commission's money reaches (or reached) the wallet, in words, in the reader's time zone. */
export function ExpectedAvailabilityText({ expected }: { expected: ExpectedAvailability }) {
  const t = useTranslations("creator.availability");
  const format = useReaderFormat();
  switch (expected.kind) {
    case "available":
      return <span>{t.rich("since", { date: format.moment(expected.at), when: (chunks) => <time dateTime={expected.at.toISOString()}>{chunks}</time> })}</span>;
    case "expected":
      return <DateTime at={expected.at} />;
    case "estimated":
      return (
        <span>
          <DateTime at={expected.at} />
          <span className="block text-xs text-slate-500">{t("ifNotReturned")}</span>
        </span>
      );
    case "after_completion":
      return <span className="text-slate-600">{t("afterCompletion")}</span>;
    case "never":
      return <span className="text-slate-400">—</span>;
  }
}
