"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "./button";

/**
 * Copies a value (a short link, an API key) and says so next to the button, as a status so screen
 * readers hear it too. `copiedText` names what was copied ("Link copied"); texts come translated.
 */
export function CopyButton({
  text,
  buttonText,
  copiedText,
  accessibleName,
  size = "md",
}: {
  text: string;
  buttonText?: string;
  copiedText?: string;
  accessibleName?: string;
  size?: "sm" | "md";
}) {
  const t = useTranslations("common.copy");
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
        {status === "copied" ? t("copied") : (buttonText ?? t("copy"))}
      </Button>
      <span role="status" className={status === "failed" ? "text-xs text-red-600" : "text-xs text-emerald-700"}>
        {status === "copied" ? (copiedText ?? t("copiedStatus")) : status === "failed" ? t("failed") : ""}
      </span>
    </span>
  );
}
