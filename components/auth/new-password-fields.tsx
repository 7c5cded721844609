import { Field, Input } from "@/components/ui/input";
import type { FieldErrors } from "@/lib/actions/result";

const HINT = "At least 10 characters, mixing letters with numbers or symbols. A few unrelated words are hard to guess and easy to remember.";

/** "New password" and "New password again", as the reset and the change forms ask for them. */
export function NewPasswordFields({ fieldErrors }: { fieldErrors?: FieldErrors }) {
  return (
    <>
      <Field id="password" label="New password" error={fieldErrors?.password} hint={HINT}>
        <Input id="password" name="password" type="password" autoComplete="new-password" required invalid={!!fieldErrors?.password} />
      </Field>
      <Field id="passwordAgain" label="New password again" error={fieldErrors?.passwordAgain}>
        <Input id="passwordAgain" name="passwordAgain" type="password" autoComplete="new-password" required invalid={!!fieldErrors?.passwordAgain} />
      </Field>
    </>
  );
}
