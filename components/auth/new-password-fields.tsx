import { useTranslations } from "next-intl";
import { Field, Input } from "@/components/ui/input";
import type { FieldErrors } from "@/lib/actions/result";

/** "New password" and "New password again", as the reset and the change forms ask for them. */
export function NewPasswordFields({ fieldErrors }: { fieldErrors?: FieldErrors }) {
  const t = useTranslations("auth.fields");
  return (
    <>
      <Field id="password" label={t("newPassword")} error={fieldErrors?.password} hint={t("passwordHint")}>
        <Input id="password" name="password" type="password" autoComplete="new-password" required invalid={!!fieldErrors?.password} />
      </Field>
      <Field id="passwordAgain" label={t("newPasswordAgain")} error={fieldErrors?.passwordAgain}>
        <Input id="passwordAgain" name="passwordAgain" type="password" autoComplete="new-password" required invalid={!!fieldErrors?.passwordAgain} />
      </Field>
    </>
  );
}
