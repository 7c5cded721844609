"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { useFormAction } from "@/components/ui/use-form-action";

const MAX = 2000;

/** Characters as the server counts them (an emoji is one). */
const lengthOf = (text: string) => [...text].length;

/** The reply box: a textarea with a live count of its 2,000 characters, and Send. */
export function MessageForm({ threadId, action }: { threadId: string; action: (previous: ActionResult<{ messageId: string }> | null, formData: FormData) => Promise<ActionResult<{ messageId: string }>> }) {
  const t = useTranslations("common.messages.form");
  const form = useFormAction(action);
  // What is typed now, until the next answer resets the box (to what was sent when refused, else empty).
  const [typed, setTyped] = useState<{ answer: number; length: number } | null>(null);
  const length = typed && typed.answer === form.answer ? typed.length : lengthOf(form.value("body", ""));
  const over = length > MAX;
  return (
    <form action={form.action} noValidate className="space-y-2">
      <input type="hidden" name="threadId" value={threadId} />
      <label htmlFor="message-body" className="block text-sm font-medium text-slate-700">
        {t("label")}
      </label>
      <Textarea
        id="message-body"
        name="body"
        rows={4}
        required
        defaultValue={form.value("body", "")}
        onInput={(event) => setTyped({ answer: form.answer, length: lengthOf(event.currentTarget.value) })}
        invalid={Boolean(form.errors.body) || over}
        aria-describedby="message-hint message-count"
      />
      <div className="flex flex-wrap items-start justify-between gap-2 text-xs">
        <p id="message-hint" className="text-slate-600">
          {t("hint")}
        </p>
        <p id="message-count" aria-live="polite" className={over ? "font-semibold text-red-700" : "text-slate-600"}>
          {t("count", { count: length, max: MAX })}
        </p>
      </div>
      {form.failed ? <Alert tone="error">{form.failed.fieldErrors.body ?? form.failed.error}</Alert> : null}
      {form.state?.ok ? (
        <p role="status" className="sr-only">
          {t("sent")}
        </p>
      ) : null}
      <Button type="submit" disabled={form.pending}>
        {t("send")}
      </Button>
    </form>
  );
}
