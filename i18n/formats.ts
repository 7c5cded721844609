import type { Formats } from "next-intl";
import { DATE_STYLES } from "@/lib/i18n/format";

/** next-intl's named formats, for messages that embed a date ("{at, date, day}"): the same styles as lib/i18n/format.ts. */
export const FORMATS = {
  dateTime: DATE_STYLES,
  number: { integer: { maximumFractionDigits: 0 } },
} satisfies Formats;
