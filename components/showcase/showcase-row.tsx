"use client";

import { useTranslations } from "next-intl";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { Badge } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

export type ShowcaseEditorItem = {
  id: string;
  title: string;
  shopName: string;
  /** The price in the reader's format. */
  price: string;
  imageUrl: string | null;
  pinned: boolean;
  /** Why buyers do not see it (archived) or it earns nothing (closed to creators). */
  notice: "archived" | "closed" | null;
};

export type ShowcaseOp = "pin" | "unpin" | "remove";

/** One product of the showcase editor: its drag handle, what it is, and its buttons. */
export function ShowcaseRow({
  item,
  index,
  last,
  pending,
  onEdit,
  onMove,
}: {
  item: ShowcaseEditorItem;
  index: number;
  last: boolean;
  pending: boolean;
  onEdit: (op: ShowcaseOp) => void;
  onMove: (by: -1 | 1) => void;
}) {
  const t = useTranslations("creator.showcase");
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    attributes: { roleDescription: t("dnd.roleDescription") },
  });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={cn("relative flex flex-wrap items-center gap-3 bg-white px-3 py-2 sm:flex-nowrap", isDragging && "z-10 shadow-lg ring-2 ring-brand-300")}
      data-item-id={item.id}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={t("dragHandle", { title: item.title })}
        className="flex size-11 shrink-0 cursor-grab touch-none items-center justify-center rounded text-slate-400 hover:bg-slate-100 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-brand-600 active:cursor-grabbing sm:size-8"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="currentColor">
          <circle cx="7" cy="4" r="1.5" />
          <circle cx="13" cy="4" r="1.5" />
          <circle cx="7" cy="10" r="1.5" />
          <circle cx="13" cy="10" r="1.5" />
          <circle cx="7" cy="16" r="1.5" />
          <circle cx="13" cy="16" r="1.5" />
        </svg>
      </button>
      <span className="w-5 text-right text-sm text-slate-500 tabular-nums">{index + 1}</span>
      {item.imageUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- app-served media, already sized
        <img src={item.imageUrl} alt="" width={48} height={48} className="size-12 shrink-0 rounded object-cover" loading="lazy" />
      ) : (
        <span className="size-12 shrink-0 rounded bg-slate-100" />
      )}
      <div className="min-w-0 flex-1">
        <p className="font-medium break-words text-slate-900 sm:truncate">{item.title}</p>
        <p className="text-sm text-slate-600">
          {item.shopName} · {item.price}
        </p>
        <div className="flex flex-wrap gap-1">
          {item.pinned ? <Badge tone="violet">{t("pinned")}</Badge> : null}
          {item.notice === "archived" ? <Badge tone="red">{t("archived")}</Badge> : item.notice === "closed" ? <Badge tone="amber">{t("closed")}</Badge> : null}
        </div>
      </div>
      <div className="flex gap-1 max-sm:w-full max-sm:pl-14">
        <Button
          variant="secondary"
          size="sm"
          disabled={pending}
          aria-label={item.pinned ? t("unpinFor", { title: item.title }) : t("pinFor", { title: item.title })}
          onClick={() => onEdit(item.pinned ? "unpin" : "pin")}
        >
          {item.pinned ? t("unpin") : t("pin")}
        </Button>
        <Button variant="secondary" size="sm" disabled={pending || index === 0} aria-label={t("moveUp", { title: item.title })} className="max-sm:size-11" onClick={() => onMove(-1)}>
          ↑
        </Button>
        <Button variant="secondary" size="sm" disabled={pending || last} aria-label={t("moveDown", { title: item.title })} className="max-sm:size-11" onClick={() => onMove(1)}>
          ↓
        </Button>
        <Button variant="ghost" size="sm" disabled={pending} aria-label={t("removeFor", { title: item.title })} onClick={() => onEdit("remove")}>
          {t("remove")}
        </Button>
      </div>
    </li>
  );
}
