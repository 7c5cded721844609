import type { ReactNode } from "react";

/** A simple data table that scrolls sideways on a phone instead of squeezing columns. */
export function Table({ head, children }: { head: ReactNode[]; children: ReactNode }) {
  return (
    // Focusable, so a keyboard user can scroll a table wider than the screen (axe: scrollable-region-focusable).
    <div tabIndex={0} className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50">
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className="px-4 py-2.5 text-left font-medium text-slate-600">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

export function Td({ children, className }: { children: ReactNode; className?: string }) {
  return <td className={`whitespace-nowrap px-4 py-2.5 text-slate-800 ${className ?? ""}`}>{children}</td>;
}
