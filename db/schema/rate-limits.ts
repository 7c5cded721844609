import { index, pgTable, text } from "drizzle-orm/pg-core";
import { tstz } from "./columns";

/**
 * One row per counted attempt (a reset request per e-mail and per client address, a sign-up that
 * hit an existing e-mail per client address): the one mechanism behind those limits, shared by
 * every app process. `subject` is a hash, never a raw e-mail or address.
 */
export const rateLimitEvents = pgTable(
  "rate_limit_events",
  {
    id: text("id").primaryKey(),
    action: text("action").notNull(),
    subject: text("subject").notNull(),
    at: tstz("at").notNull(),
  },
  (t) => [index("rate_limit_events_lookup_idx").on(t.action, t.subject, t.at)],
);
