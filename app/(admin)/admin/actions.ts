"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { CLOCK_OFFSET_SETTING, writeSetting } from "@/db/queries/settings";
import { formAction, UserFacingError } from "@/server/form-action";
import { clockOffsetMs, isClockShiftEnabled, now, setClockOffset } from "@/lib/clock";
import { runMinuteJobs } from "@/lib/minute-jobs";

const DAY_MS = 86_400_000;

export const shiftClockAction = formAction(
  {
    role: "admin",
    schema: z.object({
      days: z.coerce.number({ error: "Enter a number of days" }).int("Whole days only").min(-3650, "At most 10 years back").max(3650, "At most 10 years ahead"),
      mode: z.enum(["by", "reset"]),
    }),
  },
  async ({ days, mode }, { db, user }) => {
    if (!isClockShiftEnabled()) throw new UserFacingError("The clock can only be shifted when the server runs with CLOCK_SHIFT=enabled.");
    const offset = mode === "reset" ? 0 : clockOffsetMs() + days * DAY_MS;
    setClockOffset(offset);
    await writeSetting(db, { key: CLOCK_OFFSET_SETTING, value: offset, actorUserId: user.id, at: new Date(), detail: `clock offset set to ${offset} ms` });
    revalidatePath("/", "layout");
    return { offset };
  },
);

/**
 * Runs the minute jobs now (settlement, then the automatic withdrawals, which only act on a
 * Wednesday): useful right after moving the clock.
 */
export const runSettlementAction = formAction({ role: "admin", schema: z.object({}) }, async (_input, { db }) => {
  const { settlement, payouts } = await runMinuteJobs(db, now());
  revalidatePath("/", "layout");
  return { ...settlement, automaticWithdrawals: payouts.withdrawals, wednesday: payouts.wednesday };
});
