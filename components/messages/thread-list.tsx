import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/alert";
import { DateTime } from "@/components/ui/formatted";

export type ThreadListItem = { id: string; counterpart: string; lastMessageAt: Date; lastBody: string | null; lastFromMe: boolean; unread: number; muted: boolean };

/** A side's conversations, newest first: who, the last message's first line, when, and what is unread. */
export function ThreadList({ threads, basePath }: { threads: ThreadListItem[]; basePath: string }) {
  const t = useTranslations("common.messages");
  return (
    <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200" aria-label={t("list")}>
      {threads.map((thread) => {
        const preview = (thread.lastBody ?? "").replace(/\s+/g, " ");
        return (
          <li key={thread.id}>
            <Link href={`${basePath}/${thread.id}`} className="flex min-h-11 flex-col gap-1 px-4 py-3 hover:bg-slate-50">
              <span className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
                <span className={thread.unread > 0 ? "min-w-0 break-words font-semibold text-slate-900" : "min-w-0 break-words font-medium text-slate-800"}>{thread.counterpart}</span>
                <span className="flex items-center gap-2 text-xs text-slate-500">
                  {thread.muted ? <Badge tone="gray">{t("muted")}</Badge> : null}
                  {thread.unread > 0 ? <Badge tone="blue">{t("unread", { count: thread.unread })}</Badge> : null}
                  <DateTime at={thread.lastMessageAt} />
                </span>
              </span>
              <span className="line-clamp-2 break-words text-sm text-slate-600">{thread.lastFromMe ? t("fromYou", { text: preview }) : preview}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
