"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, TouchSensor, useSensor, useSensors, type Announcements, type DragEndEvent, type UniqueIdentifier } from "@dnd-kit/core";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { editShowcaseAction, reorderShowcaseAction } from "@/app/(creator)/creator/showcase/actions";
import { EmptyState } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { ShowcaseRow, type ShowcaseEditorItem, type ShowcaseOp } from "./showcase-row";

export type { ShowcaseEditorItem } from "./showcase-row";

/**
 * The creator's showcase, in its order: drag a product by its handle (mouse, finger, or Space and the
 * arrow keys), or use its up and down buttons; pin, unpin, remove with undo. A drop shows the new
 * order at once and sends the whole list in one action; a refused list (another tab changed the
 * showcase) puts the old order back, says why, and the page reloads the current one.
 */
export function ShowcaseEditor({ items }: { items: ShowcaseEditorItem[] }) {
  const t = useTranslations("creator.showcase");
  const router = useRouter();
  const [shown, setShown] = useState(items);
  // A new answer from the server (after any edit) replaces what is shown (React: storing information from previous renders).
  const [fromServer, setFromServer] = useState(items);
  if (fromServer !== items) {
    setFromServer(items);
    setShown(items);
  }
  const [refusal, setRefusal] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{ id: string; title: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    // A short press before a finger drags, so a swipe over the handle still scrolls the page.
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const place = (id: UniqueIdentifier | undefined) => {
    const index = shown.findIndex((item) => item.id === id);
    return { title: shown[index]?.title ?? "", position: index + 1, total: shown.length };
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("dnd.picked", place(active.id)),
    onDragOver: ({ active, over }) => (over ? t("dnd.over", { ...place(over.id), title: place(active.id).title }) : t("dnd.outside", { title: place(active.id).title })),
    onDragEnd: ({ active, over }) => (over ? t("dnd.dropped", { ...place(over.id), title: place(active.id).title }) : t("dnd.outside", { title: place(active.id).title })),
    onDragCancel: ({ active }) => t("dnd.cancelled", place(active.id)),
  };

  function saveOrder(next: ShowcaseEditorItem[]) {
    const before = shown;
    setShown(next);
    setRefusal(null);
    startTransition(async () => {
      const formData = new FormData();
      for (const item of next) formData.append("itemIds[]", item.id);
      const answer = await reorderShowcaseAction(null, formData);
      if (!answer.ok) {
        setShown(before);
        setRefusal(answer.error);
        router.refresh();
      }
    });
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const from = shown.findIndex((item) => item.id === active.id);
    const to = shown.findIndex((item) => item.id === over.id);
    if (from >= 0 && to >= 0) saveOrder(arrayMove(shown, from, to));
  }

  function edit(op: ShowcaseOp | "restore", itemId: string, title: string) {
    setRefusal(null);
    startTransition(async () => {
      const formData = new FormData();
      formData.set("itemId", itemId);
      formData.set("op", op);
      const answer = await editShowcaseAction(null, formData);
      if (!answer.ok) setRefusal(answer.error);
      else if (op === "remove") setRemoved({ id: itemId, title });
      else if (op === "restore") setRemoved(null);
    });
  }

  return (
    <div className="space-y-3">
      <div role="status" className="empty:hidden">
        {removed ? (
          <div className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-slate-800 px-4 py-2 text-sm text-white">
            <span className="min-w-0 break-words">{t("removed", { title: removed.title })}</span>
            <Button variant="secondary" size="sm" disabled={pending} onClick={() => edit("restore", removed.id, removed.title)} aria-label={t("undoFor", { title: removed.title })}>
              {t("undo")}
            </Button>
          </div>
        ) : null}
      </div>
      {refusal ? (
        <p role="alert" className="rounded-md bg-red-50 px-4 py-2 text-sm text-red-800 ring-1 ring-red-200 ring-inset">
          {refusal}
        </p>
      ) : null}
      {shown.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyText")}</EmptyState>
      ) : (
        <DndContext
          id="showcase-order"
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{ announcements, screenReaderInstructions: { draggable: t("dnd.instructions") } }}
        >
          <SortableContext items={shown.map((item) => item.id)} strategy={verticalListSortingStrategy}>
            <ol className="divide-y divide-slate-100 rounded-lg bg-white shadow-sm ring-1 ring-slate-200" aria-label={t("list")} aria-busy={pending}>
              {shown.map((item, index) => (
                <ShowcaseRow
                  key={item.id}
                  item={item}
                  index={index}
                  last={index === shown.length - 1}
                  pending={pending}
                  onEdit={(op) => edit(op, item.id, item.title)}
                  onMove={(by) => saveOrder(arrayMove(shown, index, index + by))}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
    </div>
  );
}
