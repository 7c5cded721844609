"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { setLocaleAction } from "@/app/locale/actions";
import { cn } from "@/components/ui/cn";
import { useFormAction } from "@/components/ui/use-form-action";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

/**
 * English / Tiếng Việt / Bahasa Indonesia as three buttons of one form: each submits its language,
 * the action sets the cookie, and the page is rendered again in the new language. Buttons rather
 * than a select because a select would need a script to submit on change. `compact` shows the
 * codes (EN, VI, ID) with the names for screen readers, for a header with little room.
 */
export function LanguageSwitch({ className, compact = false }: { className?: string; compact?: boolean }) {
  const t = useTranslations("common.languageSwitch");
  const current = useLocale();
  const router = useRouter();
  const form = useFormAction(setLocaleAction);
  const chosen = form.state?.ok ? form.state.data.locale : undefined;
  useEffect(() => {
    // The server components read the cookie; refreshing renders them again with it.
    if (chosen) router.refresh();
  }, [chosen, form.answer, router]);
  return (
    <form action={form.action} role="group" aria-label={t("label")} className={cn("flex flex-wrap items-center gap-1 text-sm", className)}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          disabled={form.pending}
          className={cn(
            "min-h-11 rounded-md px-2.5 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
            locale === current ? "bg-brand-50 text-brand-900 ring-1 ring-brand-600" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900",
          )}
        >
          {compact ? (
            <>
              <span aria-hidden="true">{locale.toUpperCase()}</span>
              <span className="sr-only">{LOCALE_NAMES[locale]}</span>
            </>
          ) : (
            LOCALE_NAMES[locale]
          )}
        </button>
      ))}
    </form>
  );
}
