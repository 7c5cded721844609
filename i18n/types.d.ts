import type en from "@/messages/en.json";
import type { Locale } from "@/lib/i18n/locales";

// Message keys and locales are checked by tsc: a t("auth.signIn.typo") does not compile.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
