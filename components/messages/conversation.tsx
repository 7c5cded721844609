import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { DateTime } from "@/components/ui/formatted";

export type ConversationMessage = { id: string; fromMe: boolean; senderName: string; body: string; createdAt: Date };

/**
 * A thread's messages, oldest first. A message is text and shows as text: React escapes it,
 * newlines are kept (whitespace-pre-wrap), and a URL in it stays words, never a link.
 */
export function Conversation({ messages }: { messages: ConversationMessage[] }) {
  const t = useTranslations("common.messages");
  if (messages.length === 0) return <p className="text-sm text-slate-600">{t("noMessages")}</p>;
  return (
    <ol className="space-y-3">
      {messages.map((m) => (
        <li key={m.id} className={cn("flex", m.fromMe ? "justify-end" : "justify-start")}>
          <article className={cn("max-w-[85%] min-w-0 rounded-lg px-3 py-2 text-sm shadow-sm ring-1", m.fromMe ? "bg-brand-50 ring-brand-200" : "bg-white ring-slate-200")}>
            <p className="mb-1 flex flex-wrap gap-x-2 text-xs text-slate-600">
              <span className="font-semibold text-slate-700">{m.fromMe ? t("you") : m.senderName}</span>
              <DateTime at={m.createdAt} />
            </p>
            <p className="break-words whitespace-pre-wrap text-slate-900" data-testid="message-body">
              {m.body}
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
