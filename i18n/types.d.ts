import type { Messages } from "@/messages/catalogues";
import type { Locale } from "@/lib/i18n/locales";
import type { FORMATS } from "./formats";

// Message keys, locales and format names are checked by tsc: a t("auth.signIn.typo") does not compile.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
    Formats: typeof FORMATS;
  }
}
