"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveCreatorProfileAction } from "@/app/(creator)/creator/settings/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ImageInput } from "@/components/ui/image-input";
import { Field, Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useFormAction } from "@/components/ui/use-form-action";

export type ProfileFormValues = { displayName: string; handle: string; bio: string; categories: string[]; avatarUrl: string | null };

/**
 * The creator's public profile. The bio's counter and the categories are kept in state: the
 * counter follows every key, and the categories stop at `maxCategories` as they are ticked (which
 * also keeps them ticked after a refusal, since a checkbox list is one name with many values).
 */
export function ProfileForm({ initial, categories, bioMax, maxCategories }: { initial: ProfileFormValues; categories: string[]; bioMax: number; maxCategories: number }) {
  const t = useTranslations("creator.settings.profile");
  const form = useFormAction(saveCreatorProfileAction);
  const { failed, errors, pending } = form;
  const [bioLength, setBioLength] = useState(initial.bio.length);
  const [chosen, setChosen] = useState<string[]>(initial.categories);
  const full = chosen.length >= maxCategories;
  const toggle = (category: string, on: boolean) => setChosen((now) => (on ? [...now, category] : now.filter((c) => c !== category)));
  const categoriesDescribedBy = errors.categories ? "categories-error" : "categories-hint";
  return (
    <form action={form.action} className="space-y-5" noValidate>
      {failed ? <Alert tone="error">{failed.error}</Alert> : null}
      {form.state?.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
      <Field id="avatar" label={t("avatar")} error={errors.avatar}>
        <ImageInput key={form.answer} id="avatar" name="avatar" currentUrl={initial.avatarUrl} invalid={!!errors.avatar} />
      </Field>
      {initial.avatarUrl ? (
        <label className="-mt-3 flex min-h-11 cursor-pointer items-center gap-3 text-sm text-slate-800">
          <input type="checkbox" name="removeAvatar" defaultChecked={form.checked("removeAvatar", false)} className="size-5 rounded border-slate-300 text-brand-600 focus:ring-brand-600" />
          {t("removeAvatar")}
        </label>
      ) : null}
      <Field id="displayName" label={t("displayName")} error={errors.displayName} hint={t("displayNameHint")}>
        <Input id="displayName" name="displayName" autoComplete="nickname" defaultValue={form.value("displayName", initial.displayName)} invalid={!!errors.displayName} />
      </Field>
      <Field id="handle" label={t("handle")} error={errors.handle} hint={t("handleHint")}>
        <Input
          id="handle"
          name="handle"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          defaultValue={form.value("handle", initial.handle)}
          invalid={!!errors.handle}
        />
      </Field>
      <Field id="bio" label={t("bio")} error={errors.bio} hint={t("bioCount", { count: bioLength, max: bioMax })}>
        <Textarea
          id="bio"
          name="bio"
          rows={4}
          maxLength={bioMax}
          defaultValue={form.value("bio", initial.bio)}
          onChange={(event) => setBioLength(event.currentTarget.value.length)}
          invalid={!!errors.bio}
        />
      </Field>
      <fieldset className="space-y-2" aria-describedby={categoriesDescribedBy}>
        <legend className="text-sm font-medium text-slate-800">{t("categories")}</legend>
        {categories.length === 0 ? (
          <p className="text-sm text-slate-500">{t("noCategories")}</p>
        ) : (
          // Rebuilt once per answer, like a <select>: React 19 resets a form after its action, which
          // would untick controlled checkboxes in the page while their state says ticked.
          <div key={form.answer} className="grid grid-cols-2 gap-x-4">
            {categories.map((category) => {
              const on = chosen.includes(category);
              return (
                <label key={category} className="flex min-h-11 cursor-pointer items-center gap-3 text-sm text-slate-800">
                  <input
                    type="checkbox"
                    name="categories[]"
                    value={category}
                    checked={on}
                    disabled={!on && full}
                    onChange={(event) => toggle(category, event.currentTarget.checked)}
                    className="size-5 rounded border-slate-300 text-brand-600 focus:ring-brand-600"
                  />
                  <span className={!on && full ? "text-slate-500" : undefined}>{category}</span>
                </label>
              );
            })}
          </div>
        )}
        {errors.categories ? (
          <p id="categories-error" className="text-sm text-red-600" role="alert">
            {errors.categories}
          </p>
        ) : (
          <p id="categories-hint" className="text-xs text-slate-500" aria-live="polite">
            {t("categoriesCount", { count: chosen.length, max: maxCategories })}
          </p>
        )}
      </fieldset>
      <Button type="submit" disabled={pending} className="max-sm:w-full">
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
