import Link from "next/link";
import { useTranslations } from "next-intl";
import { Bell } from "lucide-react";

/** The header's link to the notifications, with the unread count in its name ("Notifications, 3 unread"). */
export function NotificationBell({ unread }: { unread: number }) {
  const t = useTranslations("common.notifications");
  const label = unread > 0 ? t("bell", { count: unread }) : t("bellNone");
  return (
    <Link
      href="/account/notifications"
      aria-label={label}
      title={label}
      className="relative inline-flex min-h-11 min-w-11 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 md:min-h-9 md:min-w-9"
    >
      <Bell aria-hidden="true" className="size-5" strokeWidth={1.75} />
      {unread > 0 ? (
        <span aria-hidden="true" className="absolute right-0.5 top-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-semibold leading-5 text-white">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
