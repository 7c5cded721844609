"use client";

import { useEffect, useState } from "react";
import { Button } from "./button";

/**
 * Copies a value (a short link, an API key) and says so next to the button, as a status so screen
 * readers hear it too. `what` names the value in the messages ("Link copied").
 */
export function CopyButton({
  text,
  what = "link",
  buttonText = `Copy ${what}`,
  accessibleName,
  size = "md",
}: {
  text: string;
  what?: string;
  buttonText?: string;
  accessibleName?: string;
  size?: "sm" | "md";
}) {
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
        {status === "copied" ? "Copied" : buttonText}
      </Button>
      <span role="status" className={status === "failed" ? "text-xs text-red-600" : "text-xs text-emerald-700"}>
        {status === "copied" ? `${what[0]!.toUpperCase()}${what.slice(1)} copied` : status === "failed" ? `Could not copy: select the ${what} and copy it` : ""}
      </span>
    </span>
  );
}
