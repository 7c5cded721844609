import type { ComponentProps } from "react";
import { cn } from "./cn";

export function Textarea({ className, invalid, ...props }: ComponentProps<"textarea"> & { invalid?: boolean }) {
  return (
    <textarea
      className={cn(
        "block w-full rounded-md border-0 px-3 py-2 text-slate-900 shadow-sm ring-1 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-inset sm:text-sm",
        invalid ? "ring-red-400 focus:ring-red-500" : "ring-slate-300 focus:ring-brand-600",
        className,
      )}
      aria-invalid={invalid || undefined}
      {...props}
    />
  );
}
