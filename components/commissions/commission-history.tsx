import { useTranslations } from "next-intl";
import type { CreatorCommissionEvent } from "@/lib/commissions/availability";
import { DateTime, useReaderFormat } from "@/components/ui/formatted";
import { StateBadge } from "@/components/ui/state-badge";
import type { CurrencyCode } from "@/lib/money";

/** Every change of a commission, oldest first: the time, the state it moved to, why, and the amount change. */
export function CommissionHistory({ events, currency }: { events: CreatorCommissionEvent[]; currency: CurrencyCode }) {
  const t = useTranslations("creator.commission");
  const format = useReaderFormat();
  const signed = (minor: number) => (minor === 0 ? t("noChange") : minor > 0 ? `+${format.money(minor, currency)}` : `−${format.money(-minor, currency)}`);
  return (
    <ol className="space-y-4" aria-label={t("history")}>
      {events.map((event) => (
        <li key={event.id} className="flex gap-3">
          <span aria-hidden className="mt-1.5 size-2 shrink-0 rounded-full bg-brand-600" />
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-2 text-sm">
              {event.fromState ? (
                <>
                  <StateBadge state={event.fromState} />
                  <span aria-hidden>→</span>
                  <span className="sr-only">{t("to")}</span>
                </>
              ) : null}
              <StateBadge state={event.toState} />
              <span className="tabular-nums font-medium text-slate-900">{signed(event.amountMinor)}</span>
            </div>
            <p className="mt-1 break-words text-sm text-slate-700">{event.reason}</p>
            <p className="text-xs text-slate-500">
              <DateTime at={event.occurredAt} />
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
