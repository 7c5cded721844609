"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { TIME_ZONE_COOKIE } from "@/lib/i18n/locales";

/**
 * Sends the browser's time zone once, in a cookie the request config reads (i18n/request.ts).
 * When the page was rendered in another zone (the first visit), it is rendered again, once.
 */
export function TimeZoneSync({ rendered }: { rendered: string }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    const sent = document.cookie.split("; ").find((c) => c.startsWith(`${TIME_ZONE_COOKIE}=`))?.slice(TIME_ZONE_COOKIE.length + 1);
    if (sent && decodeURIComponent(sent) === zone) return;
    document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    if (zone !== rendered) router.refresh();
  }, [rendered, router]);
  return null;
}
