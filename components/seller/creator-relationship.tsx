"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { blockCreatorAction, tagCreatorAction } from "@/app/(seller)/seller/creators/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";

/** The shop's tags on a creator: each with a button to take it off, and a field to add one. */
export function CreatorTags({ creatorId, tags, max }: { creatorId: string; tags: string[]; max: number }) {
  const t = useTranslations("seller.creators.tags");
  const add = useFormAction(tagCreatorAction);
  const remove = useFormAction(tagCreatorAction);
  return (
    <div className="space-y-3">
      {tags.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="flex flex-wrap gap-2" aria-label={t("list")}>
          {tags.map((tag) => (
            <li key={tag}>
              <form action={remove.action} className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-1 pr-1 pl-3 text-sm text-slate-800">
                <input type="hidden" name="creatorId" value={creatorId} />
                <input type="hidden" name="op" value="remove" />
                <input type="hidden" name="tag" value={tag} />
                {tag}
                <button type="submit" disabled={remove.pending} aria-label={t("remove", { tag })} className="inline-flex size-8 items-center justify-center rounded-full hover:bg-slate-200">
                  <X aria-hidden="true" className="size-4" />
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form action={add.action} className="flex flex-wrap items-end gap-2" key={add.answer}>
        <input type="hidden" name="creatorId" value={creatorId} />
        <input type="hidden" name="op" value="add" />
        <label className="flex min-w-0 flex-1 flex-col text-sm font-medium text-slate-700">
          {t("add")}
          <Input name="tag" maxLength={30} required className="mt-1" aria-describedby="tag-hint" aria-invalid={add.errors.tag ? true : undefined} defaultValue={add.failed ? add.value("tag") : ""} />
        </label>
        <Button type="submit" variant="secondary" disabled={add.pending || tags.length >= max}>
          {t("addButton")}
        </Button>
        <p id="tag-hint" className="w-full text-xs text-slate-500">
          {t("hint", { count: tags.length, max })}
        </p>
      </form>
      {add.failed ? <Alert tone="error">{add.failed.fieldErrors.tag ?? add.failed.error}</Alert> : null}
      {remove.failed ? <Alert tone="error">{remove.failed.error}</Alert> : null}
    </div>
  );
}

/** Block (after a confirmation, with an optional reason) or unblock a creator. */
export function CreatorBlock({ creatorId, name, blocked }: { creatorId: string; name: string; blocked: boolean }) {
  const t = useTranslations("seller.creators.block");
  const { action, pending, failed, state } = useFormAction(blockCreatorAction);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!blocked && !window.confirm(t("confirm", { name }))) event.preventDefault();
      }}
      className="space-y-3"
    >
      <input type="hidden" name="creatorId" value={creatorId} />
      <input type="hidden" name="block" value={blocked ? "0" : "1"} />
      <p className="text-sm text-slate-600">{blocked ? t("blockedText") : t("explain")}</p>
      {blocked ? null : (
        <label className="flex flex-col text-sm font-medium text-slate-700">
          {t("reason")}
          <Input name="reason" maxLength={500} className="mt-1" />
        </label>
      )}
      {failed ? <Alert tone="error">{failed.error}</Alert> : null}
      {state?.ok ? <p role="status" className="text-sm text-emerald-700">{state.data.blocked ? t("blockedDone") : t("unblockedDone")}</p> : null}
      <Button type="submit" variant={blocked ? "secondary" : "danger"} disabled={pending}>
        {blocked ? t("unblock") : t("blockButton")}
      </Button>
    </form>
  );
}
