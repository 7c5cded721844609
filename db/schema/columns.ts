import { customType, timestamp, bigint, char } from "drizzle-orm/pg-core";
import type { CurrencyCode } from "@/lib/money";

/** Every timestamp is stored with its time zone (DOMAIN: Money and time). */
export const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** Money is an integer count of the currency's minor unit; bigint so VND/IDR totals never overflow. */
export const minor = (name: string) => bigint(name, { mode: "number" });

export const currency = (name = "currency") => char(name, { length: 3 }).$type<CurrencyCode>();

export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});
