"use client";

import { useTranslations } from "next-intl";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/app/(account)/account/notifications/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

export function MarkReadButton({ notificationId }: { notificationId: string }) {
  const t = useTranslations("account.notifications");
  const form = useFormAction(markNotificationReadAction);
  return (
    <form action={form.action}>
      <input type="hidden" name="notificationId" value={notificationId} />
      {form.failed ? <Alert tone="error">{form.failed.error}</Alert> : null}
      <Button type="submit" size="sm" variant="secondary" disabled={form.pending}>
        {form.pending ? t("marking") : t("markRead")}
      </Button>
    </form>
  );
}

export function MarkAllReadButton() {
  const t = useTranslations("account.notifications");
  const form = useFormAction(markAllNotificationsReadAction);
  return (
    <form action={form.action}>
      {form.failed ? <Alert tone="error">{form.failed.error}</Alert> : null}
      <Button type="submit" size="sm" variant="secondary" disabled={form.pending}>
        {form.pending ? t("marking") : t("markAllRead")}
      </Button>
    </form>
  );
}
