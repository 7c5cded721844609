import type { ReactNode } from "react";
import { cn } from "./cn";

/**
 * A data table. From `sm` up it is a table (scrolling sideways in its own focusable box if it is
 * still too wide); on a phone each row becomes a card: the cells stack, each under its column's
 * label (the `label` of its Td), so nothing is cut off and no page is wider than the screen.
 * A cell without a label is the card's heading (the row's name) or its actions.
 */
export function Table({ head, children, caption }: { head: ReactNode[]; children: ReactNode; caption?: ReactNode }) {
  return (
    // Focusable, so a keyboard user can scroll a table wider than the screen (axe: scrollable-region-focusable).
    <div
      tabIndex={0}
      className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 sm:overflow-x-auto"
    >
      <table className="w-full text-sm max-sm:block sm:min-w-full sm:divide-y sm:divide-slate-200">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="bg-slate-50 max-sm:sr-only">
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className="px-4 py-2.5 text-left font-medium text-slate-600">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 max-sm:block max-sm:[&>tr]:block max-sm:[&>tr]:px-4 max-sm:[&>tr]:py-3">{children}</tbody>
      </table>
    </div>
  );
}

/**
 * A cell. `label` is its column's name, shown beside the value when the row is a card (phones);
 * give every cell one except the row's name and its actions.
 */
export function Td({ children, className, label }: { children: ReactNode; className?: string; label?: string }) {
  return (
    <td
      data-label={label}
      className={cn(
        "px-4 py-2.5 text-slate-800 sm:whitespace-nowrap",
        label
          ? "max-sm:flex max-sm:items-baseline max-sm:justify-between max-sm:gap-4 max-sm:px-0 max-sm:py-0.5 max-sm:text-right max-sm:before:shrink-0 max-sm:before:text-left max-sm:before:text-slate-500 max-sm:before:content-[attr(data-label)]"
          : "max-sm:block max-sm:px-0 max-sm:py-1 max-sm:font-medium",
        className,
      )}
    >
      {children}
    </td>
  );
}
