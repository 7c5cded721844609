import "server-only";
import { z } from "zod";

/** The admin dashboard's forms (the clock and the minute jobs). */

export const clockShiftSchema = z.object({
  days: z.coerce.number({ error: "Enter a number of days" }).int("Whole days only").min(-3650, "At most 10 years back").max(3650, "At most 10 years ahead"),
  mode: z.enum(["by", "reset"]),
});

/** "Run the minute jobs now": a button with no fields. */
export const runJobsSchema = z.object({});
