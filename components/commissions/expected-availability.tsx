import type { ExpectedAvailability } from "@/lib/commissions/availability";
import { formatUtcDateTime } from "@/lib/plans/dates";

function When({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{formatUtcDateTime(at)}</time>;
}

/** When the commission's money reaches (or reached) the wallet, in words. */
export function ExpectedAvailabilityText({ expected }: { expected: ExpectedAvailability }) {
  switch (expected.kind) {
    case "available":
      return (
        <span>
          Available since <When at={expected.at} />
        </span>
      );
    case "expected":
      return <When at={expected.at} />;
    case "estimated":
      return (
        <span>
          <When at={expected.at} />
          <span className="block text-xs text-slate-500">if the order is not returned</span>
        </span>
      );
    case "after_completion":
      return <span className="text-slate-600">After the order completes</span>;
    case "never":
      return <span className="text-slate-400">—</span>;
  }
}
