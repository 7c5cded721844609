"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies a short link and says so next to the button (a status, so screen readers hear it too). */
export function CopyButton({ text, accessibleName, size = "md" }: { text: string; accessibleName?: string; size?: "sm" | "md" }) {
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
        size={size}
        aria-label={accessibleName}
        className="shrink-0 whitespace-nowrap"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setStatus("copied");
          } catch {
            setStatus("failed");
          }
        }}
      >
        {status === "copied" ? "Copied" : "Copy link"}
      </Button>
      <span role="status" className={status === "failed" ? "text-xs text-red-600" : "text-xs text-emerald-700"}>
        {status === "copied" ? "Link copied" : status === "failed" ? "Could not copy: select the link and copy it" : ""}
      </span>
    </span>
  );
}
