"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies a credential and says so next to the button (a status, so screen readers hear it too). */
export function CopyValueButton({ value, what }: { value: string; what: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (status === "idle") return;
    const timer = setTimeout(() => setStatus("idle"), 4000);
    return () => clearTimeout(timer);
  }, [status]);
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant="secondary"
        size="sm"
        aria-label={`Copy ${what}`}
        className="shrink-0 whitespace-nowrap"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(value);
            setStatus("copied");
          } catch {
            setStatus("failed");
          }
        }}
      >
        {status === "copied" ? "Copied" : "Copy"}
      </Button>
      <span role="status" className={status === "failed" ? "text-xs text-red-600" : "text-xs text-emerald-700"}>
        {status === "copied" ? `${what[0]!.toUpperCase()}${what.slice(1)} copied` : status === "failed" ? "Could not copy: select the text and copy it" : ""}
      </span>
    </span>
  );
}
