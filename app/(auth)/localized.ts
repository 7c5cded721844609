import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { ActionResult, FieldErrors } from "@/lib/actions/result";
import { refusalKey } from "@/lib/i18n/refusal-keys";

type FormActionFn<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/**
 * `action` with its refusal and field messages in the request's language: the auth forms'
 * refusals are translated on their way out of the action.
 *
 * Why here and not with keys in the schemas: lib/validation/auth.ts is shared with the account
 * settings forms and the API, which are not translated yet, and formAction (server/) writes its
 * own messages ("Please correct the highlighted fields."). Their English texts are the English
 * entries of messages/en.json (auth.errors, common.errors), so each refusal message is looked up
 * by its English text and replaced by the same key in the reader's language; English answers go
 * out untouched (byte for byte what the schemas say). When a schema message changes, its entry in
 * en.json must change with it (tests/unit/messages.test.ts checks that every one has an entry).
 */
export function localized<T>(action: FormActionFn<T>): FormActionFn<T> {
  return async (previous, formData) => {
    const result = await action(previous, formData);
    if (result.ok || (await getLocale()) === "en") return result;
    const t = await getTranslations();
    const translate = (message: string) => {
      const key = refusalKey(message);
      return key ? t(key) : message;
    };
    const fieldErrors: FieldErrors = Object.fromEntries(Object.entries(result.fieldErrors).map(([field, message]) => [field, translate(message)]));
    return { ...result, error: translate(result.error), fieldErrors };
  };
}
