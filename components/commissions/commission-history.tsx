import type { CreatorCommissionEvent } from "@/lib/commissions/availability";
import { StateBadge } from "@/components/ui/state-badge";
import { formatMoney, type CurrencyCode } from "@/lib/money";
import { formatUtcDateTime } from "@/lib/plans/dates";

function signed(minor: number, currency: CurrencyCode): string {
  if (minor === 0) return "no change";
  return minor > 0 ? `+${formatMoney(minor, currency)}` : `−${formatMoney(-minor, currency)}`;
}

/** Every change of a commission, oldest first: the time, the state it moved to, why, and the amount change. */
export function CommissionHistory({ events, currency }: { events: CreatorCommissionEvent[]; currency: CurrencyCode }) {
  return (
    <ol className="space-y-4" aria-label="History">
      {events.map((event) => (
        <li key={event.id} className="flex gap-3">
          <span aria-hidden className="mt-1.5 size-2 shrink-0 rounded-full bg-brand-600" />
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-2 text-sm">
              {event.fromState ? (
                <>
                  <StateBadge state={event.fromState} />
                  <span aria-label="to">→</span>
                </>
              ) : null}
              <StateBadge state={event.toState} />
              <span className="tabular-nums font-medium text-slate-900">{signed(event.amountMinor, currency)}</span>
            </div>
            <p className="mt-1 text-sm text-slate-700">{event.reason}</p>
            <p className="text-xs text-slate-500">
              <time dateTime={event.occurredAt.toISOString()}>{formatUtcDateTime(event.occurredAt)}</time>
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
